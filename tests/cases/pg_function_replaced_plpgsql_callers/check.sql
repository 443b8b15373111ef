SET enable_seqscan = off;
SELECT id, amount, wrapped FROM orders ORDER BY id;
SELECT 'wrap', id FROM orders WHERE wrap(amount) = wrap(5);
SELECT 'wrap_sql', id FROM orders WHERE wrap_sql(amount) = wrap_sql(7);
SELECT 'priced', id FROM orders WHERE priced(amount) = priced(1);
SELECT 'dyn', id FROM orders WHERE dyn(amount) = dyn(5);
SELECT 'mv_fees', id, w FROM mv_fees ORDER BY id;
SELECT 'mv_over', id, w FROM mv_over ORDER BY id;
