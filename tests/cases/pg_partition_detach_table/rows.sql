INSERT INTO events (kind, payload) VALUES ('login', 'a'), ('old', 'b'), ('older', 'c');
