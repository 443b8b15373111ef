INSERT INTO items VALUES (1, 'ab', ROW('x', 1), 'c'), (2, NULL, NULL, NULL);
