INSERT INTO items (id, price, state, fee, level, note) VALUES (1, 5, 'happy', 3, 'sad', 'x'), (2, NULL, 'sad', 0, NULL, NULL);
