INSERT INTO docs (id, title, body, n) VALUES (1, 'a', 'fat cat', 1), (2, NULL, NULL, NULL), (3, 'c', 'rat', -1);
