SELECT id, status FROM docs ORDER BY id;
