INSERT INTO accounts (name, kind, note, balance, active) VALUES ('ann', 'basic', 'n1', 5, 1);
INSERT INTO accounts (name, note, active) VALUES ('bob', 'n2', 0);
