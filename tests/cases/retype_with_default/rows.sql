INSERT INTO settings (id, level, ratio) VALUES (1, '3', 0.25), (2, '1', NULL);
