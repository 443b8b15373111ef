SELECT id, customer, placed, total FROM orders ORDER BY id;
SELECT id, order_id, qty FROM lines ORDER BY id;
SELECT id, body FROM notes ORDER BY id;
