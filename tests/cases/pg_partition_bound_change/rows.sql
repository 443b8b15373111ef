INSERT INTO metrics (at, value) VALUES ('2023-02-01', 1), ('2023-11-30', 2);
