SELECT id, quote(v), typeof(v), quote(ts), typeof(ts), quote(d), typeof(d), quote(n), typeof(n),
       quote(b), typeof(b), quote(k), typeof(k) FROM t ORDER BY id;
