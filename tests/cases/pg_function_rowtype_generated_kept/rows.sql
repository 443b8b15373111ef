INSERT INTO items (id, qty) VALUES (1, 2), (2, 5);
INSERT INTO orders (id, qty, note) VALUES (1, 4, 'a'), (2, 7, NULL);
