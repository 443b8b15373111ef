INSERT INTO t (id, a, b) VALUES (1, 42, '7'), (2, 5, NULL);
