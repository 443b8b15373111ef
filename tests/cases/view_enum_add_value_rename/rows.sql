INSERT INTO people (id, mood, nick) VALUES (1, 'ok', 'a'), (2, 'sad', NULL);
