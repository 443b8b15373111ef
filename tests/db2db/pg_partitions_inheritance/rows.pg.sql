INSERT INTO logs (id, at, msg) VALUES (1, '2023-05-01', 'a'), (2, '2019-01-01', 'old');
INSERT INTO base (id) VALUES (1);
INSERT INTO child (id, extra) VALUES (2, 'x');
