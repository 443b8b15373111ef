-- view v_count
-- re-created: reads function doubled(v_items), which is re-created
DROP VIEW v_count;

-- function n_rows()
-- re-created: calls view_rows(), which is re-created
DROP FUNCTION public.n_rows();

-- function view_rows()
-- re-created: over the row type of v_items, which is re-created
DROP FUNCTION public.view_rows();

-- function doubled(v_items)
-- re-created: over the row type of v_items, which is re-created
DROP FUNCTION public.doubled(v_items);

-- view v_items
-- re-created: reads items.qty, whose type changes
DROP VIEW v_items;

-- table items
-- HAZARD: type of items.qty changes from bigint to integer: values may not fit
ALTER TABLE items ALTER COLUMN qty TYPE integer;

-- view v_items
-- re-created: reads items.qty, whose type changes
CREATE VIEW v_items AS
SELECT items.id,
   items.qty
  FROM items;

-- function view_rows()
-- re-created: over the row type of v_items, which is re-created
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.view_rows()
 RETURNS SETOF v_items
 LANGUAGE sql
 STABLE
AS $function$ select * from v_items $function$;

-- function n_rows()
-- re-created: calls view_rows(), which is re-created
CREATE OR REPLACE FUNCTION public.n_rows()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM view_rows() view_rows(id, qty);
END;

-- function doubled(v_items)
-- re-created: over the row type of v_items, which is re-created
CREATE OR REPLACE FUNCTION public.doubled(v v_items)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select v.qty * 2 $function$;

-- view v_count
-- re-created: reads function doubled(v_items), which is re-created
CREATE VIEW v_count AS
SELECT count(*) AS n,
   sum(doubled(r.*)) AS total
  FROM view_rows() r(id, qty);
