INSERT INTO orders (id, n, m) VALUES (1, 5, 1), (2, NULL, 2);
