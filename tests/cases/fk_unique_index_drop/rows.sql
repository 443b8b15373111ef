INSERT INTO p (id, code) VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO q (id, code) VALUES (1, 'a'), (2, 'b'), (3, NULL);
INSERT INTO r (id, a, b) VALUES (1, 1, 10), (2, 2, 20);
INSERT INTO s (id, a, b) VALUES (10, 1, 10), (20, 2, 20), (30, NULL, NULL);
INSERT INTO n (id, code, parent_code) VALUES (1, 'root', NULL), (2, 'leaf', 'root');
