INSERT INTO people VALUES (1, 'Ada', 'ada', 36), (2, 'Tim', NULL, 9);
