SELECT id, name FROM authors ORDER BY id;
SELECT id, author_id, editor_id, title FROM books ORDER BY id;
