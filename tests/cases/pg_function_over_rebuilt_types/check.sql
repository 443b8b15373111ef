SELECT id, label, is_happy(label) FROM notes ORDER BY id;
