-- function top_plus(v_top)
-- re-created: over the row type of v_top, which is re-created
DROP FUNCTION public.top_plus(v_top);

-- view v_top
-- re-created: reads function twice_total(), which is re-created
DROP VIEW v_top;

-- function twice_total()
-- re-created: calls count_twice(v_count), which is re-created
DROP FUNCTION public.twice_total();

-- function count_twice(v_count)
-- re-created: over the row type of v_count, which is re-created
DROP FUNCTION public.count_twice(v_count);

-- view v_count
-- re-created: reads function n_rows(), which is re-created
DROP VIEW v_count;

-- function n_rows()
-- re-created: calls view_rows(), which is re-created
DROP FUNCTION public.n_rows();

-- function view_rows()
-- re-created: over the row type of v_items, which is re-created
DROP FUNCTION public.view_rows();

-- view v_items
-- re-created: reads items.qty, whose type changes
DROP VIEW v_items;

-- table items
ALTER TABLE items ALTER COLUMN qty TYPE bigint;

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

-- view v_count
-- re-created: reads function n_rows(), which is re-created
CREATE VIEW v_count AS
SELECT n_rows() AS n;

-- function count_twice(v_count)
-- re-created: over the row type of v_count, which is re-created
CREATE OR REPLACE FUNCTION public.count_twice(c v_count)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select c.n * 2 $function$;

-- function twice_total()
-- re-created: calls count_twice(v_count), which is re-created
CREATE OR REPLACE FUNCTION public.twice_total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(count_twice(c.*)) AS sum
    FROM v_count c;
END;

-- view v_top
-- re-created: reads function twice_total(), which is re-created
CREATE VIEW v_top AS
SELECT twice_total() AS total;

-- function top_plus(v_top)
-- re-created: over the row type of v_top, which is re-created
CREATE OR REPLACE FUNCTION public.top_plus(t v_top)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select t.total + 1 $function$;
