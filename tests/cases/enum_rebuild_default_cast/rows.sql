INSERT INTO people (id, mood) VALUES (1, 'ok'), (2, 'sad');
