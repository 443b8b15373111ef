SELECT id, score, total FROM people ORDER BY id;
