INSERT INTO people (id, mood, nick) VALUES (1, 'ok', 'a'), (2, 'sad', NULL);
INSERT INTO notes (id, mood) VALUES (1, 'ok'), (2, NULL);
