SELECT * FROM orders ORDER BY id;
SELECT * FROM public.recent_days ORDER BY placed;
