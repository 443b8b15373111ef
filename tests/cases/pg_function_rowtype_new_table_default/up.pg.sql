-- table items
CREATE TABLE items (
    id  integer NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT pk_items PRIMARY KEY (id)
);

-- function dbl(integer, items)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.dbl(q integer, r items DEFAULT NULL::items)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select q * 2 $function$;

-- function last_item()
CREATE OR REPLACE FUNCTION public.last_item()
 RETURNS items
 LANGUAGE sql
 STABLE
AS $function$ select * from items order by id desc limit 1 $function$;

-- table items
-- apart from table items: calls dbl(integer, items), created after the table and dropped before it
ALTER TABLE items ADD COLUMN dbl integer GENERATED ALWAYS AS (dbl(qty)) STORED;
-- apart from table items: calls last_item(), created after the table and dropped before it
ALTER TABLE items ALTER COLUMN qty SET DEFAULT ((last_item()).qty);

-- table old_items
-- apart from table old_items: calls old_dbl(integer, old_items), created after the table and dropped before it
ALTER TABLE old_items DROP COLUMN dbl;
-- apart from table old_items: calls last_old(), created after the table and dropped before it
ALTER TABLE old_items ALTER COLUMN qty DROP DEFAULT;

-- function last_old()
DROP FUNCTION public.last_old();

-- function old_dbl(integer, old_items)
DROP FUNCTION public.old_dbl(integer, old_items);

-- table old_items
-- HAZARD: drops table old_items and all its rows
DROP TABLE old_items;
