INSERT INTO orders (id, code) VALUES (1, 'Ab');
INSERT INTO orders (id, amount, code) VALUES (2, 5, 'cD');
