SELECT id, name, color FROM vehicles ORDER BY id;
