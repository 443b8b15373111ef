INSERT INTO notes (id, body) VALUES (1, 'one'), (2, 'two');
