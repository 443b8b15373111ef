SELECT id, name FROM users ORDER BY id;
SELECT id, user_id FROM posts ORDER BY id;
