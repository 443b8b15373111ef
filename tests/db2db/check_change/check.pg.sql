SELECT id, price, qty, discount FROM items ORDER BY id;
