INSERT INTO orders (id, amount, note) VALUES (1, 500, 'big'), (2, 50, 'small');
INSERT INTO customers (id, name) VALUES (1, 'ann');
