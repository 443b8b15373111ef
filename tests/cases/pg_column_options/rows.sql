INSERT INTO items (id, sku, qty, note, kept) VALUES (1, 'a', 2, 'n', 'k'), (2, 'b', NULL, NULL, NULL);
INSERT INTO gone (id, v) VALUES (1, 'g');
