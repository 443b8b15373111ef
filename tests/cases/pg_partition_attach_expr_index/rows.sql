INSERT INTO people VALUES (1, 'A@x', 'a', 1, 2); INSERT INTO people_2 VALUES (101, 'B@x', NULL, 3, 4);
