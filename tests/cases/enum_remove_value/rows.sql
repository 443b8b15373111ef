INSERT INTO paints (id, color) VALUES (1, 'red'), (2, 'blue'), (3, NULL);
