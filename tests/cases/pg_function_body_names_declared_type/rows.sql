INSERT INTO items (id, qty) VALUES (1, 1), (2, 5);
