INSERT INTO vehicles (id, name) VALUES (1, 'generic'); INSERT INTO cars (id, name, doors) VALUES (2, 'mini', 3);
