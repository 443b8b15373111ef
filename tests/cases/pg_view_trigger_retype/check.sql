SELECT id, price FROM items;
