INSERT INTO docs (id, title) VALUES (1, 'Alpha'), (2, 'álpha');
