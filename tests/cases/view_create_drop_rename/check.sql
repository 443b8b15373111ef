SELECT id, title, price FROM items ORDER BY id;
