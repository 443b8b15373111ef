SELECT id, given, family, x, y, CASE WHEN z THEN 1 ELSE 0 END FROM people ORDER BY id;
