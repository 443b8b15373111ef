INSERT INTO rooms (id, room, note) VALUES (1, 10, 'a'), (2, 20, NULL);
