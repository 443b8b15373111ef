INSERT INTO cars (id, name, doors) VALUES (1, 'a', 4); INSERT INTO boats (id, name, length_m) VALUES (2, 'b', 10);
