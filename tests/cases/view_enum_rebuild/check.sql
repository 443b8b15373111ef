SELECT id, mood::text FROM people ORDER BY id;
SELECT id FROM v_happy;
