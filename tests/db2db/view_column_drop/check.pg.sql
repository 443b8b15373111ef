SELECT id, name, age FROM people ORDER BY id;
SELECT * FROM adults ORDER BY id;
SELECT * FROM people_names ORDER BY name;
