SELECT id, email FROM users ORDER BY id;
SELECT id, owner_id, title FROM tasks ORDER BY id;
