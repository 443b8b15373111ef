SELECT id, score, name, total FROM people ORDER BY id;
