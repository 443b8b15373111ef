-- table items
CREATE TABLE items (
    id  integer NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT pk_items PRIMARY KEY (id)
);

-- function all_items()
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.all_items()
 RETURNS SETOF items
 LANGUAGE sql
 STABLE
AS $function$ select * from items $function$;

-- function item_total(items)
CREATE OR REPLACE FUNCTION public.item_total(i items)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select i.qty * 2 $function$;

-- view v_items
CREATE VIEW v_items AS
SELECT items.id,
   items.qty
  FROM items;

-- function view_rows()
CREATE OR REPLACE FUNCTION public.view_rows()
 RETURNS SETOF v_items
 LANGUAGE sql
 STABLE
AS $function$ select * from v_items $function$;

-- function other_id(other)
DROP FUNCTION public.other_id(other);

-- table other
-- HAZARD: drops table other and all its rows
DROP TABLE other;
