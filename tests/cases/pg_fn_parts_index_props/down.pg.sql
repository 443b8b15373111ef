-- table items
-- apart from table items: calls item_total(items), created after the table and dropped before it
DROP INDEX ix_items_total;

-- function item_total(items)
DROP FUNCTION public.item_total(items);

-- table items
-- HAZARD: drops table items and all its rows
DROP TABLE items;
