INSERT INTO sales VALUES (1, 5), (2, -7);
