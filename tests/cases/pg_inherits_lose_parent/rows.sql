INSERT INTO vehicles (id, name) VALUES (1, 'bike'); INSERT INTO cars (id, name, doors) VALUES (2, 'mini', 3);
