INSERT INTO codes (id, code, label) VALUES (1, 'a', 'A'), (2, 'b', NULL);
