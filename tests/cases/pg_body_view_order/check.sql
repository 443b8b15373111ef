SELECT id, amount, paid FROM orders ORDER BY id;
