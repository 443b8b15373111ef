INSERT INTO customers (id, home) VALUES (1, ROW('Main St', 12345)), (2, NULL);
