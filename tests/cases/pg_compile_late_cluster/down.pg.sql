-- table orders
-- HAZARD: drops table orders and all its rows
DROP TABLE orders;

-- function score(integer)
DROP FUNCTION public.score(integer);

-- function weight(v_items)
DROP FUNCTION public.weight(v_items);

-- view v_items
DROP VIEW v_items;
