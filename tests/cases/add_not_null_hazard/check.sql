SELECT id, name FROM accounts ORDER BY id;
