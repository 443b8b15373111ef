INSERT INTO docs (id, title, slug) VALUES (1, 'b', 'x'), (2, 'a', 'y');
