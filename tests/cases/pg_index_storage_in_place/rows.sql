INSERT INTO events VALUES (1, 'a', '2024-03-01 10:00+00'), (2, 'b', NULL);
INSERT INTO logs VALUES (1, 'hello'), (2, 'world');
INSERT INTO readings VALUES ('2024-05-05', 3), ('2024-06-06', 4);
