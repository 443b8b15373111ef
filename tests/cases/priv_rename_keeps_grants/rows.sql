INSERT INTO items VALUES (1), (2), (3);
INSERT INTO orders VALUES (1, 'first', 5), (2, 'second', 7);
INSERT INTO lefty VALUES (1, 10, 'ten');
INSERT INTO righty VALUES (7);
