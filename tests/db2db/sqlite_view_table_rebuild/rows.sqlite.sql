INSERT INTO accounts VALUES (1, 'ada@example.org', 5000), (2, 'bob@example.org', 10);
INSERT INTO untouched VALUES (1, 'x');
