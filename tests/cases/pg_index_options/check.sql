SELECT id, title, body, n FROM docs ORDER BY id;
