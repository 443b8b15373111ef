SELECT id, qty FROM items ORDER BY id;
