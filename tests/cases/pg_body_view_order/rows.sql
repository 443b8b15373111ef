INSERT INTO rates VALUES (1, 5);
INSERT INTO orders (id, amount, paid) VALUES (1, 10, true), (2, 20, false);
