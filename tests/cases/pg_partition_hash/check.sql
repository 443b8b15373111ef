SELECT id FROM users ORDER BY id;
