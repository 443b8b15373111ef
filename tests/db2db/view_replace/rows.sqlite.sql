INSERT INTO items VALUES (1, 'pen', 1.50, 5), (2, 'ink', 3.00, 1), (3, 'pad', NULL, 0);
