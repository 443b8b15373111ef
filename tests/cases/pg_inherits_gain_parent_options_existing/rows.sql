INSERT INTO vehicles (id, name) VALUES (1, 'bike'); INSERT INTO trucks (id, name, color, axles) VALUES (2, 'big', 'green', 3), (3, 'small', 'red', 2);
