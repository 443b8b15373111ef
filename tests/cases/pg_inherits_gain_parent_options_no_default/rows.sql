INSERT INTO vehicles VALUES (9, 'v', 'grey'); INSERT INTO trucks (id, name, color, axles) VALUES (1, 't', 'blue', 2), (2, 'u', NULL, 3);
