SELECT id, quote(v), typeof(v), quote(ts), typeof(ts), quote(b), typeof(b), quote(n), typeof(n) FROM t ORDER BY id;
