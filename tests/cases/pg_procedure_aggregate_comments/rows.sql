INSERT INTO items (id, price) VALUES (1, 10), (2, 20);
