INSERT INTO orders (id, amount) VALUES (1, 1), (2, 5), (3, 7);
