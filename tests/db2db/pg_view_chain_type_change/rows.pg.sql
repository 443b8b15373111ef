INSERT INTO customers VALUES (1, 'ada@example.org', 'Ada'), (2, 'bob@example.org', 'Bob'), (3, 'cy@test.net', NULL);
