INSERT INTO docs (id, title, body, tags) VALUES (1, 'b', '{"a": 1}', '{x,y}'), (2, 'A', NULL, NULL);
