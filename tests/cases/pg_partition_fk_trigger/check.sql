SELECT id, customer_id, tableoid::regclass FROM orders ORDER BY id;
