SELECT id, code FROM p ORDER BY id;
SELECT id, code FROM q ORDER BY id;
SELECT id, a, b FROM r ORDER BY id;
SELECT id, a, b FROM s ORDER BY id;
SELECT id, code, parent_code FROM n ORDER BY id;
