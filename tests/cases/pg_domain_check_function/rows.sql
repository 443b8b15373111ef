INSERT INTO prices (id, price) VALUES (1, 5);
INSERT INTO prices (id) VALUES (2);
