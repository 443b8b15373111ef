INSERT INTO p (id, code, alt) VALUES (1, 'a', 'a'), (2, 'b', 'b'), (3, 'c', 'x');
INSERT INTO q (id, code) VALUES (1, 'a'), (2, 'b'), (3, NULL);
INSERT INTO r (id, a, b) VALUES (1, 1, 10), (2, 2, 20);
INSERT INTO s (id, a, b) VALUES (10, 1, 10), (20, 2, 20), (30, NULL, NULL);
INSERT INTO u (id, code, note) VALUES (1, 'x', 'n1'), (2, 'y', NULL);
INSERT INTO v (id, u_code) VALUES (1, 'x'), (2, 'y'), (3, NULL);
