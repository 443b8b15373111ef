SELECT id, mood::text, label FROM people ORDER BY id;
