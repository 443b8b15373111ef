SELECT id, n FROM orders ORDER BY id; SELECT msg FROM log ORDER BY msg;
