INSERT INTO vehicles (id, name) VALUES (1, 'bike'); INSERT INTO trucks (id, name, axles) VALUES (2, 'big', 3), (3, 'small', 2);
