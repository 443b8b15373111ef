SET TIME ZONE 'UTC';
INSERT INTO products VALUES (1, 'A-1', 'Lamp', 19.99, 3, 1.5, '2024-01-02 03:04:05', 'AB12'),
                            (2, 'B-2', NULL, NULL, NULL, NULL, NULL, NULL);
