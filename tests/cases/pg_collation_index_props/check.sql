SELECT id, code, label FROM codes ORDER BY id;
