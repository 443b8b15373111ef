INSERT INTO people (id, score) VALUES (1, 10), (2, NULL), (3, 700);
