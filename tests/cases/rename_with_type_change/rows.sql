INSERT INTO customer (id, fname, score) VALUES (1, 'Ada', 10), (2, 'Bob', NULL);
INSERT INTO orders (id, customer_id) VALUES (5, 1), (6, 2);
