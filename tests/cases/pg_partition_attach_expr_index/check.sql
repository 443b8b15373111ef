SELECT id, email, nick, a, b, tableoid::regclass FROM people ORDER BY id; SELECT id FROM people_2 ORDER BY id;
