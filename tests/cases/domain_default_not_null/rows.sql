INSERT INTO items (id, name, count) VALUES (1, 'a', 2), (2, DEFAULT, DEFAULT);
