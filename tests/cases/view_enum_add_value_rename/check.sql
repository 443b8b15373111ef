SELECT id, mood::text FROM people ORDER BY id;
SELECT id FROM v_ok;
SELECT mood::text, n FROM v_moods_count ORDER BY 1;
