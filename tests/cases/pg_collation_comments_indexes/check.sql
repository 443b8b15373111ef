SELECT id, title, body, tags FROM docs ORDER BY id;
