INSERT INTO events VALUES (1, 'a', '2024-01-01 10:00+00', 101, '[2024-01-01 10:00+00,2024-01-01 11:00+00)', ext.cube(1));
INSERT INTO events VALUES (2, 'b', NULL, 102, NULL, ext.cube(5));
