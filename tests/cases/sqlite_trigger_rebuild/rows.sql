INSERT INTO items (id, price) VALUES (1, 10);
