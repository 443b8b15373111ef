INSERT INTO products (id, code, price) VALUES (1, 'AB', 10), (2, 'XYZ', DEFAULT), (3, 'Q', NULL);
