SELECT id, email, name, score FROM customers ORDER BY id;
SELECT id, customer_id, total FROM orders ORDER BY id;
