INSERT INTO events (id, at) VALUES (1, '2023-06-01'), (2, '2024-06-01');
INSERT INTO notes (event_id, at, body) VALUES (1, '2023-06-01', 'old'), (2, '2024-06-01', 'new');
INSERT INTO kept (id) VALUES (7);
