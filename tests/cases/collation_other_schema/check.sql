SELECT id, title, slug FROM docs ORDER BY id;
