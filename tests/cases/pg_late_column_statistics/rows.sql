INSERT INTO items (id, qty) VALUES (1, 2), (2, 3);
