SELECT id, sku, qty, note, kept FROM items ORDER BY id;
