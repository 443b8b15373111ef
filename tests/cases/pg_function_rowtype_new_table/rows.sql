INSERT INTO other (id) VALUES (1), (2);
