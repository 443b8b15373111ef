SELECT id, name, doors FROM cars ORDER BY id;
