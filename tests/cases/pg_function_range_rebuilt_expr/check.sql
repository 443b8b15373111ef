SELECT id, qty, touched, span_plus(qty) FROM items ORDER BY id;
