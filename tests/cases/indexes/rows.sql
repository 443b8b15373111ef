INSERT INTO events (id, kind, at, payload) VALUES (1, 'a', '2024-01-01 00:00:00+00', 'x'), (2, 'b', '2024-01-02 00:00:00+00', NULL);
