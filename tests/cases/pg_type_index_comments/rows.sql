INSERT INTO notes (id, m, l, p, s) VALUES (1, 'sad', 'x', ROW(1, 2), '[1,2)'), (2, 'happy', NULL, NULL, NULL);
