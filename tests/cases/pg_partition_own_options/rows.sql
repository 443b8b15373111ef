INSERT INTO m (d, v, w) VALUES ('2025-03-01', 2, 'a'), ('2026-03-01', 3, 'b');
