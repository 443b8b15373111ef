SELECT id, price, note FROM items;
