SELECT id, org FROM members ORDER BY id;
SELECT id, org FROM docs ORDER BY id;
