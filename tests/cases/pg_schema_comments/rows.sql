INSERT INTO app.users (id) VALUES (1);
