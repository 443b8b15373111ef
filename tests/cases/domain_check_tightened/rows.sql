INSERT INTO orders (id, amount) VALUES (1, 5), (2, 250);
