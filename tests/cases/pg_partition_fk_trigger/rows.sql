INSERT INTO customers (id) VALUES (1), (2), (3); INSERT INTO orders (id, customer_id) VALUES (1, 1), (2, 3);
