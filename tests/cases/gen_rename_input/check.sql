SELECT id, total FROM people ORDER BY id;
