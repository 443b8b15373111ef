-- view v_fees
-- re-created: reads orders.fee, which is dropped
DROP VIEW v_fees;

-- table orders
-- re-created: calls fee_of(v_items), which is re-created
ALTER TABLE orders DROP COLUMN fee;

-- function fee_of(v_items)
-- re-created: over the row type of v_items, which is re-created
DROP FUNCTION public.fee_of(v_items);

-- function item_row(integer)
-- re-created: over the row type of v_items, which is re-created
DROP FUNCTION public.item_row(integer);

-- view v_items
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_items;
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_items AS
SELECT items.id,
   (items.qty)::bigint AS qty
  FROM items;

-- function fee_of(v_items)
-- re-created: over the row type of v_items, which is re-created
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.fee_of(v v_items)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select v.qty * 3 $function$;

-- function item_row(integer)
-- re-created: over the row type of v_items, which is re-created
CREATE OR REPLACE FUNCTION public.item_row(q integer)
 RETURNS v_items
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 0, q $function$;

-- table orders
-- re-created: calls fee_of(v_items), which is re-created
ALTER TABLE orders ADD COLUMN fee bigint GENERATED ALWAYS AS (fee_of(item_row(qty))) STORED;

-- view v_fees
-- re-created: reads orders.fee, which is dropped
CREATE VIEW v_fees AS
SELECT orders.id,
   orders.fee
  FROM orders;
