SELECT id, ordered_on FROM orders ORDER BY id;
SELECT id, order_id, ordered_on FROM shipments ORDER BY id;
