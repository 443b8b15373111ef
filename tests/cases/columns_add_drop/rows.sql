INSERT INTO items (id, name, legacy) VALUES (1, 'bolt', 'x'), (2, 'nut', NULL);
