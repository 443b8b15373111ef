INSERT INTO versions (id, ver, label) VALUES (1, 1, 'a'), (2, 3, NULL);
