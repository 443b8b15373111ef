INSERT INTO words VALUES (1, 'b'), (2, 'a'), (3, 'c');
