-- table other
CREATE TABLE other (
    id integer NOT NULL,
    CONSTRAINT pk_other PRIMARY KEY (id)
);

-- function other_id(other)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.other_id(o other)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select o.id $function$;

-- function view_rows()
DROP FUNCTION public.view_rows();

-- view v_items
DROP VIEW v_items;

-- function item_total(items)
DROP FUNCTION public.item_total(items);

-- function all_items()
DROP FUNCTION public.all_items();

-- table items
-- HAZARD: drops table items and all its rows
DROP TABLE items;
