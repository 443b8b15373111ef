SELECT id, tags FROM items ORDER BY id;
