INSERT INTO rooms VALUES (1, 101, '[2024-01-01 10:00+00,2024-01-01 11:00+00)', ext.cube(1), 'alpha');
INSERT INTO rooms VALUES (2, 102, '[2024-01-01 10:00+00,2024-01-01 11:00+00)', ext.cube(5), 'beta');
