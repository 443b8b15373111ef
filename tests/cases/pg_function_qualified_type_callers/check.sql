SELECT id, qty, touched, cents_plus(qty) FROM items ORDER BY id;
SELECT id, cents FROM v_items ORDER BY id;
