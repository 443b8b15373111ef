SELECT id, price, price_of(price), label(id) FROM items ORDER BY id;
