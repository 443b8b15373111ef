INSERT INTO orders (id, ordered_on) VALUES (1, '2024-03-01'), (2, '2024-05-01');
INSERT INTO shipments (id, order_id, ordered_on) VALUES (10, 1, '2024-03-01');
