INSERT INTO readings (id) VALUES (10), (20), (150);
INSERT INTO cars (id) VALUES (1);
INSERT INTO sports_cars (id, top_speed) VALUES (2, 300);
INSERT INTO boats (id, length_m) VALUES (3, 12);
