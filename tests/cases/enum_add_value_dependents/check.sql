SELECT id, mood::text, sad FROM people ORDER BY id;
