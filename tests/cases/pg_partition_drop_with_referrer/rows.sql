INSERT INTO kept (id) VALUES (7);
