-- function total_of(integer, integer)
-- re-created: calls doubled(v_items), which is re-created
DROP FUNCTION public.total_of(integer, integer);

-- function doubled(v_items)
-- re-created: over the row type of v_items, which is dropped and created again as another kind of relation
DROP FUNCTION public.doubled(v_items);

-- view v_items
DROP VIEW v_items;

-- table v_items
CREATE TABLE v_items (
    id  integer NOT NULL,
    qty integer NOT NULL
);

-- function doubled(v_items)
-- re-created: over the row type of v_items, which is dropped and created again as another kind of relation
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.doubled(v v_items)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select v.qty * 2 $function$;

-- function total_of(integer, integer)
-- re-created: calls doubled(v_items), which is re-created
CREATE OR REPLACE FUNCTION public.total_of(i integer, q integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN doubled(ROW(i, q)::v_items);
