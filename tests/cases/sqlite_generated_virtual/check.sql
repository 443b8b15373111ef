SELECT id, a, v FROM g ORDER BY id;
SELECT id, a FROM h ORDER BY id;
