INSERT INTO docs (id, tenant, body) VALUES (1, 5, 'a'), (2, 6, 'b');
