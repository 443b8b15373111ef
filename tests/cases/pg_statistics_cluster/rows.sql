INSERT INTO orders (id, customer, placed, total) VALUES (1, 10, 'a', 5), (2, 11, NULL, NULL);
INSERT INTO lines (id, order_id, qty) VALUES (1, 1, 2);
INSERT INTO notes (id, body) VALUES (1, 'n');
INSERT INTO legacy (id, note) VALUES (1, 'old');
