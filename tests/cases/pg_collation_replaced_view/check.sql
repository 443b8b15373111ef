SELECT id, title FROM docs ORDER BY id;
