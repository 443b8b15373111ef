INSERT INTO customers (email, name, score) VALUES ('a@x', 'Ada', 3), ('b@x', 'Bob', 0);
INSERT INTO orders (customer_id, total) VALUES (1, 9.50), (2, 1.00);
