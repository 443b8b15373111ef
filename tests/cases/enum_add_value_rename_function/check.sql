SELECT id, m::text FROM people ORDER BY id;
SELECT sad_count();
