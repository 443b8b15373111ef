SELECT id, amount FROM orders ORDER BY id;
