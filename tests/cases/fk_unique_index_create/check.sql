SELECT id, code FROM p ORDER BY id;
SELECT id, code FROM q ORDER BY id;
