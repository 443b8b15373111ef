SELECT id, m, sad_count() FROM people ORDER BY id;
