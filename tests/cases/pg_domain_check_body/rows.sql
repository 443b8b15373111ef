INSERT INTO limits (lo) VALUES (1);
