SELECT id, n FROM orders ORDER BY id;
