-- table items
ALTER TABLE items DROP CONSTRAINT ck_items_qty;

-- function to_money2(integer)
DROP FUNCTION public.to_money2(integer);

-- domain money2
DROP DOMAIN money2;
