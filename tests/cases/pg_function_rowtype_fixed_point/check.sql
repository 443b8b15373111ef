SELECT id, qty FROM items ORDER BY id;
SELECT n FROM v_count;
SELECT total FROM v_top;
SELECT top_plus(t.*) FROM v_top t;
