INSERT INTO orders (id, n) VALUES (1, 5), (2, NULL);
