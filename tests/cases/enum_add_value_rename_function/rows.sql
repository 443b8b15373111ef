INSERT INTO people (id, m, nick) VALUES (1, 'sad', 'a'), (2, 'happy', NULL);
