INSERT INTO logs (line) VALUES ('a'), ('b');
INSERT INTO counters (n) VALUES (1), (2), (3);
