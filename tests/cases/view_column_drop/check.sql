SELECT id, name FROM people ORDER BY id;
SELECT n FROM v_people_count;
