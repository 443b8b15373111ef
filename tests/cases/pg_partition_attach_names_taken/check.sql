SELECT id, customer_id, placed_on FROM orders_2 ORDER BY id;
