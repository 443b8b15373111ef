INSERT INTO lines (id, price, qty) VALUES (1, 2.50, 4), (2, 1.00, 1);
