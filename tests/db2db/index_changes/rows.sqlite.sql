INSERT INTO events (kind, user_id, payload) VALUES ('login', 1, 'a'), ('logout', NULL, 'b'), ('login', 2, 'c');
