INSERT INTO people (id, score, name) VALUES (1, 10, 'a'), (2, NULL, 'b'), (3, 7, NULL);
