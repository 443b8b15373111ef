SELECT id, amount, total FROM orders ORDER BY id;
