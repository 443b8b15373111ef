INSERT INTO rates VALUES (1, 5);
INSERT INTO orders (id, amount) VALUES (1, 10), (2, 20);
