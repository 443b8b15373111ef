-- function peak_twice()
-- re-created: calls max_qty(), which is re-created
DROP FUNCTION public.peak_twice();

-- function max_qty()
-- re-created: reads items.qty, which changes type
DROP FUNCTION public.max_qty();

-- table items
ALTER TABLE items ALTER COLUMN qty TYPE bigint;

-- function max_qty()
-- re-created: reads items.qty, which changes type
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.max_qty()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT (max(items.qty))::bigint AS max
    FROM items;
END;

-- function peak_twice()
-- re-created: calls max_qty(), which is re-created
CREATE OR REPLACE FUNCTION public.peak_twice()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT (max_qty() * 2);
END;
