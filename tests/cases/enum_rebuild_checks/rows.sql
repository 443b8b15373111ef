INSERT INTO docs (id, status, title) VALUES (1, 'draft', NULL), (2, 'active', 'a'), (3, 'archived', 'old');
