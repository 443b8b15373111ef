SELECT id, email, full_name FROM users ORDER BY id;
SELECT id, author_id, title, body FROM posts ORDER BY id;
