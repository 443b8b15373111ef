SELECT id, amount, note FROM orders ORDER BY id;
SELECT id FROM v_top ORDER BY id;
SELECT name FROM v_names;
