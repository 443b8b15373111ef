INSERT INTO tickets (id, title) VALUES (1, 'one'), (2, 'two');
