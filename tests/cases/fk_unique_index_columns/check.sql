SELECT id, code, alt FROM p ORDER BY id;
SELECT id, code FROM q ORDER BY id;
SELECT id, a, b FROM r ORDER BY id;
SELECT id, a, b FROM s ORDER BY id;
SELECT id, code, note FROM u ORDER BY id;
SELECT id, u_code FROM v ORDER BY id;
