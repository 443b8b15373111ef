INSERT INTO base (id) VALUES (1);
