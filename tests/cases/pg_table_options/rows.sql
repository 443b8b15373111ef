INSERT INTO cache (k, v) VALUES ('a', '1'), ('b', NULL);
INSERT INTO scratch (id, note) VALUES (1, 'x');
