INSERT INTO settings VALUES ('Theme', 'dark'), ('lang', 'en');
INSERT INTO measures (label, v) VALUES ('Temp', 21.5), ('hum', 40.0);
