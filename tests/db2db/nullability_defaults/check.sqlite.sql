SELECT id, name, kind, note, balance, active FROM accounts ORDER BY id;
