INSERT INTO accounts (id, name, status, balance) VALUES (1, 'one', 'new', 5), (2, 'two', 'old', NULL);
