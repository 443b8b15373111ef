INSERT INTO tickets (label) VALUES ('a'), ('b');
