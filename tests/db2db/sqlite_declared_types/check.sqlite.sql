SELECT id, quote(data), typeof(data), quote(v), typeof(v), quote(ts), typeof(ts), quote(d), typeof(d),
       quote(u), typeof(u), quote(b), typeof(b), quote(n), typeof(n), quote(s), typeof(s) FROM t ORDER BY id;
SELECT name, type FROM pragma_table_info('t') WHERE name IN ('data', 'ts', 'd', 'u', 'b', 's') ORDER BY cid;
