SELECT id FROM other ORDER BY id;
