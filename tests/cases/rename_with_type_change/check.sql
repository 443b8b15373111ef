SELECT id, fname, score FROM customer ORDER BY id;
SELECT id, customer_id FROM orders ORDER BY id;
