SET enable_seqscan = off;
SELECT id, amount, total, twice, touched FROM orders ORDER BY id;
SELECT id, total FROM v_totals ORDER BY id;
SELECT 'fee', id FROM orders WHERE fee(amount) = fee(5);
SELECT 'bump', id FROM orders WHERE bump(amount) = bump(7);
SELECT 'big', id FROM orders WHERE fee(amount) > 104 ORDER BY id;
SELECT 'stale', count(*) FROM orders WHERE total <> fee(amount) OR twice <> fee2(amount);
