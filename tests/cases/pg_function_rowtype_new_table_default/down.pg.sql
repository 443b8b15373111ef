-- table old_items
CREATE TABLE old_items (
    id  integer NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT pk_old_items PRIMARY KEY (id)
);

-- function old_dbl(integer, old_items)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.old_dbl(q integer, r old_items DEFAULT NULL::old_items)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select q * 2 $function$;

-- function last_old()
CREATE OR REPLACE FUNCTION public.last_old()
 RETURNS old_items
 LANGUAGE sql
 STABLE
AS $function$ select * from old_items order by id desc limit 1 $function$;

-- table old_items
-- apart from table old_items: calls last_old(), created after the table and dropped before it
ALTER TABLE old_items ALTER COLUMN qty SET DEFAULT ((last_old()).qty);
-- apart from table old_items: calls old_dbl(integer, old_items), created after the table and dropped before it
ALTER TABLE old_items ADD COLUMN dbl integer GENERATED ALWAYS AS (old_dbl(qty)) STORED;

-- table items
-- apart from table items: calls last_item(), created after the table and dropped before it
ALTER TABLE items ALTER COLUMN qty DROP DEFAULT;
-- apart from table items: calls dbl(integer, items), created after the table and dropped before it
ALTER TABLE items DROP COLUMN dbl;

-- function last_item()
DROP FUNCTION public.last_item();

-- function dbl(integer, items)
DROP FUNCTION public.dbl(integer, items);

-- table items
-- HAZARD: drops table items and all its rows
DROP TABLE items;
