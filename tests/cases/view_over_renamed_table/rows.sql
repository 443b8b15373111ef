INSERT INTO a (id, x, z) VALUES (1, 'one', 'uno');
