SELECT id, qty, fee FROM orders ORDER BY id;
SELECT id, fee FROM v_fees ORDER BY id;
