INSERT INTO accounts (name, kind, note, balance, active) VALUES ('ann', 'basic', 'n1', 5, true), ('bob', DEFAULT, 'n2', DEFAULT, false);
