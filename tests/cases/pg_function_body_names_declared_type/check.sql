SELECT id, qty, first FROM items ORDER BY id;
