INSERT INTO people (id, mood) VALUES (1, 'happy'), (2, 'sad');
