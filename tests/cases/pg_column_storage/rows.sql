INSERT INTO docs (id, title, body, data, n) VALUES (1, 'a', repeat('x', 5000), '\x00ff', 1), (2, NULL, NULL, NULL, NULL);
