INSERT INTO t VALUES (1, '0012', 'x', '2024-01-01', 1.5, 7, x'00ff', '1.0', '0042');
INSERT INTO t VALUES (2, x'3031', '12', 20240101, '2.5', '9', 'text', 'abc', 'z');
INSERT INTO t VALUES (3, 12, NULL, NULL, 3, 2.0, 5, 10, 1e3);
