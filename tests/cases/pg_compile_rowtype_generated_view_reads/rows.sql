INSERT INTO orders (id, qty) VALUES (1, 4), (2, 7);
