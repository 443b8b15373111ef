INSERT INTO orders (id) VALUES (1);
INSERT INTO app.items (id) VALUES (3);
