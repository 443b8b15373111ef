SELECT id, email, name, score FROM users ORDER BY id;
