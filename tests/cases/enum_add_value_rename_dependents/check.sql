SELECT id, mood::text, sad, label FROM people ORDER BY id;
SELECT id, mood::text FROM notes ORDER BY id;
SELECT id FROM v_ok ORDER BY id;
