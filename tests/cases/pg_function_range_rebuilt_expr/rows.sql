INSERT INTO items (id, qty) VALUES (1, 5), (2, 7);
UPDATE items SET qty = qty WHERE id = 2;
