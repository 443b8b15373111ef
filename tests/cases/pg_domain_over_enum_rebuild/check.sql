SELECT id, m, p FROM people ORDER BY id;
