INSERT INTO people (id, given, family, x, y, z) VALUES (1, 'Ada', 'Lovelace', 'a', 'b', true), (2, 'Alan', NULL, NULL, NULL, false);
