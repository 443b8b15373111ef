INSERT INTO a (x) VALUES ('one'), ('two');
INSERT INTO k VALUES (1, 'x'), (2, NULL);
