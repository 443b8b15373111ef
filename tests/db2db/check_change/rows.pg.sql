INSERT INTO items (price, qty, discount) VALUES (1.50, 3, 10), (NULL, 0, NULL), (2.00, 999, 50);
