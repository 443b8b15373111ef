INSERT INTO things (id, kind) VALUES (1, 'a'), (2, NULL);
