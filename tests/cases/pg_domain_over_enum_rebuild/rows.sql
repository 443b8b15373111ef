INSERT INTO people (id, p) VALUES (1, ROW('sad', 2));
INSERT INTO people (id, m, p) VALUES (2, 'sad', NULL);
