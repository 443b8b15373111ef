SELECT id, email FROM users ORDER BY id;
SELECT id, user_id, title FROM posts ORDER BY id;
