SELECT id, level FROM readings ORDER BY id;
SELECT id, color FROM vehicles ORDER BY id;
