INSERT INTO orders (id) VALUES (1);
INSERT INTO orders (id, amount) VALUES (2, 5);
