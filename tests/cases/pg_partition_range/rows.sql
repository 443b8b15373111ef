INSERT INTO measurements (id, logdate, reading) VALUES (1, '2023-03-01', 5), (2, '2023-07-01', 7);
