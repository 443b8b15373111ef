SELECT id, n, m FROM orders ORDER BY id;
