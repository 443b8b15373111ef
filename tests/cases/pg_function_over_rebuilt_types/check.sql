SELECT id, label, happy, is_happy(label) FROM notes ORDER BY id;
