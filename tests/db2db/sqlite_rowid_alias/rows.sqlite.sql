INSERT INTO a (x) VALUES ('a1'), ('a2');
INSERT INTO b (x) VALUES ('b1'), ('b2'), ('b3');
DELETE FROM b WHERE id = 3;
INSERT INTO c (code, x) VALUES ('c1', 'x'), ('c2', 'y');
INSERT INTO d VALUES ('k1', 'x'), (NULL, 'a NULL key, which SQLite allows without NOT NULL');
