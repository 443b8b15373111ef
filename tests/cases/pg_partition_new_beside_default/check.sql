SELECT tableoid::regclass, id, note FROM orders ORDER BY id;
SELECT id, note FROM orders_4 ORDER BY id;
