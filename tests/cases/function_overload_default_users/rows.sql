INSERT INTO docs (id, body) VALUES (1, 'one'), (2, 'two');
