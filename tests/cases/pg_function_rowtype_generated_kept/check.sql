SELECT id, qty, fee, note FROM orders ORDER BY id;
SELECT id, fee FROM v_fees ORDER BY id;
SET enable_seqscan = off;
SELECT id FROM orders WHERE qty = 7;
