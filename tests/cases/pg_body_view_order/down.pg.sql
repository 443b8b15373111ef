-- view v_summary
DROP VIEW v_summary;

-- function paid_total()
DROP FUNCTION public.paid_total();

-- view v_paid
DROP VIEW v_paid;

-- table orders
-- HAZARD: drops column orders.share and its data
ALTER TABLE orders DROP COLUMN share;

-- function share_of(integer)
DROP FUNCTION public.share_of(integer);
