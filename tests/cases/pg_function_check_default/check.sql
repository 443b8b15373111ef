SELECT id, amount, code FROM orders ORDER BY id;
