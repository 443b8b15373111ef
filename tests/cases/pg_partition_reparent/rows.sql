INSERT INTO readings_a (at, value) VALUES ('2024-02-01', 1), ('2024-03-01', 2);
