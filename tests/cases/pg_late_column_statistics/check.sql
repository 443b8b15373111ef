SELECT id, qty, dbl FROM items ORDER BY id;
