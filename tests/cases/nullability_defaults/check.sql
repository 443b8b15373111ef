SELECT id, name, status, balance FROM accounts ORDER BY id;
