SELECT id, email FROM accounts ORDER BY id;
SELECT a, b FROM keyed ORDER BY a;
SELECT id, tag FROM tagged ORDER BY id;
