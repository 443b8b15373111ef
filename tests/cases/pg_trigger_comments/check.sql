SELECT id, price FROM items ORDER BY id;
