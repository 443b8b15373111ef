INSERT INTO items (id, tags) VALUES (1, '{red,blue}'), (2, NULL);
