SELECT id, status, title FROM docs ORDER BY id;
