SELECT * FROM orders ORDER BY id;
SELECT * FROM order_totals ORDER BY customer;
