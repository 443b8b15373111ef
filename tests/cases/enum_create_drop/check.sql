SELECT id FROM things ORDER BY id;
