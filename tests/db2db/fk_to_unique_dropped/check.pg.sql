SELECT id, iso_code, name FROM countries ORDER BY id;
SELECT id, country_code, name FROM cities ORDER BY id;
