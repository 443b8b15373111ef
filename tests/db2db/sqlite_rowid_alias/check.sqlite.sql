SELECT id, x FROM a ORDER BY id;
SELECT id, x FROM b ORDER BY id;
SELECT id, code, x FROM c ORDER BY id;
SELECT quote(k), x FROM d ORDER BY k;
SELECT m.name, p.name, p."notnull", p.pk FROM sqlite_schema m JOIN pragma_table_info(m.name) p
 WHERE m.type = 'table' AND m.name IN ('a', 'b', 'c', 'd') AND p.name IN ('id', 'k') ORDER BY 1;
SELECT name FROM sqlite_schema WHERE sql LIKE '%CONSTRAINT%' ORDER BY 1;
SELECT name, seq FROM sqlite_sequence ORDER BY name;
