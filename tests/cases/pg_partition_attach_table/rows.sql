INSERT INTO metrics (at, value) VALUES ('2023-02-01', 1); INSERT INTO metrics_2022 (at, value, note) VALUES ('2022-03-01', 5, 'x'), ('2022-12-31', 6, NULL);
