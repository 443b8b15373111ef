SELECT id, price FROM items ORDER BY id; SELECT total(price), items_seen(*) FROM items;
