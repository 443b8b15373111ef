SELECT id, price, price_of(price), weight_of(price) FROM items ORDER BY id;
