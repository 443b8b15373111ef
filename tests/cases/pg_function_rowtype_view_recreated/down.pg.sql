-- function n_rows()
-- re-created: calls view_rows(), which is re-created
DROP FUNCTION public.n_rows();

-- function view_rows()
-- re-created: over the row type of v_items, which is re-created
DROP FUNCTION public.view_rows();

-- view v_items
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_items;
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
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
