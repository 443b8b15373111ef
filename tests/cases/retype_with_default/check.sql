SELECT id, level, ratio FROM settings ORDER BY id;
