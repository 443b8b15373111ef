INSERT INTO docs (id, tenant, owner) VALUES (1, 5, 'a'), (2, 6, 'b');
