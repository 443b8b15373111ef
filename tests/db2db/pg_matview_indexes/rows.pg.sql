INSERT INTO sales VALUES (1, 'north', 10.00, '2024-03-01'), (2, 'south', 7.25, '2024-03-01'), (3, 'north', 1.00, '2024-03-02');
