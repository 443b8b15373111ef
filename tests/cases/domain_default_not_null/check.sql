SELECT id, name, count FROM items ORDER BY id;
