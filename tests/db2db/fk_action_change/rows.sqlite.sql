INSERT INTO authors (name) VALUES ('Le Guin'), ('Lem');
INSERT INTO books (author_id, editor_id, title) VALUES (1, 2, 'Earthsea'), (2, NULL, 'Solaris');
