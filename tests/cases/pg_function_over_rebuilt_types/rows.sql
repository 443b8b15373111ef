INSERT INTO notes VALUES (1, 'happy'), (2, 'sad');
