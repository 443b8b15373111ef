INSERT INTO items (id) VALUES (1);
INSERT INTO items (id, qty) VALUES (2, 5), (3, 7);
UPDATE items SET qty = qty WHERE id = 3;
