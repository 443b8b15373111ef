INSERT INTO p (id, code) VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO q (id, code) VALUES (1, 'a'), (2, 'b'), (3, NULL);
