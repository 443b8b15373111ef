-- view v_items
-- re-created: reads function to_cents(integer), which is re-created
DROP VIEW v_items;

-- trigger items_touch on items
-- re-created: calls to_cents(integer), which is re-created
DROP TRIGGER items_touch ON public.items;

-- table items
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items DROP CONSTRAINT ck_items_qty;
-- re-created: calls to_cents(integer), which is re-created
DROP INDEX ix_items_cents;
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items ALTER COLUMN qty DROP DEFAULT;

-- function cents_plus(integer)
-- re-created: calls to_cents(integer), which is re-created
DROP FUNCTION public.cents_plus(integer);

-- function to_cents(integer)
-- re-created: names type cents, which is rebuilt
DROP FUNCTION public.to_cents(integer);

-- domain cents
ALTER DOMAIN cents RENAME TO cents_old;
CREATE DOMAIN cents AS bigint
    CONSTRAINT cents_check CHECK (value >= 0);
DROP DOMAIN cents_old;

-- function to_cents(integer)
-- re-created: names type cents, which is rebuilt
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.to_cents(x integer)
 RETURNS cents
 LANGUAGE sql
 IMMUTABLE
AS $function$ select (x * 100)::cents $function$;

-- function cents_plus(integer)
-- re-created: calls to_cents(integer), which is re-created
CREATE OR REPLACE FUNCTION public.cents_plus(x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN (to_cents(x) + 1);

-- table items
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items ALTER COLUMN qty SET DEFAULT (to_cents(1) + 1);
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items
    ADD CONSTRAINT ck_items_qty CHECK (to_cents(qty) < 100000);
-- re-created: calls to_cents(integer), which is re-created
CREATE INDEX ix_items_cents ON items ((to_cents(id) + 1));

-- view v_items
-- re-created: reads function to_cents(integer), which is re-created
CREATE VIEW v_items AS
SELECT items.id,
   to_cents(items.qty) AS cents
  FROM items;

-- trigger items_touch on items
-- re-created: calls to_cents(integer), which is re-created
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW WHEN ((to_cents(new.qty) > 0)) EXECUTE FUNCTION touch();
