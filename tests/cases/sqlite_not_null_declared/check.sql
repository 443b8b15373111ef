SELECT id, x FROM a ORDER BY id;
SELECT quote(a), quote(b) FROM k ORDER BY a;
SELECT m.name, p.name, p."notnull" FROM sqlite_schema m, pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY 1, 2;
