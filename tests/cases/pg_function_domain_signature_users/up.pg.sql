-- view v_items
-- re-created: reads function to_cents(integer), which is re-created
DROP VIEW v_items;

-- trigger items_touch on items
DROP TRIGGER items_touch ON public.items;

-- table items
ALTER TABLE items DROP CONSTRAINT ck_items_qty;
-- re-created: calls to_cents(integer), which is re-created
DROP INDEX ix_items_cents;
-- re-created: calls pair_of(integer), which is re-created
ALTER TABLE items DROP COLUMN first;
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items DROP COLUMN price;
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items ALTER COLUMN qty DROP DEFAULT;

-- function pair_of(integer)
-- re-created: names type pair, which is rebuilt
DROP FUNCTION public.pair_of(integer);

-- composite type pair
ALTER TYPE pair RENAME TO pair_old;
CREATE TYPE pair AS (
    b integer,
    a integer
);
DROP TYPE pair_old;

-- function pair_of(integer)
-- re-created: names type pair, which is rebuilt
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.pair_of(x integer)
 RETURNS pair
 LANGUAGE sql
 IMMUTABLE
AS $function$ select row(x, x + 1)::pair $function$;

-- table items
-- re-created: calls pair_of(integer), which is re-created
ALTER TABLE items ADD COLUMN first integer GENERATED ALWAYS AS ((pair_of(qty)).a) STORED;

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
CREATE OR REPLACE FUNCTION public.to_cents(x integer)
 RETURNS cents
 LANGUAGE sql
 IMMUTABLE
AS $function$ select (x * 100)::cents $function$;

-- table items
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items ADD COLUMN price integer GENERATED ALWAYS AS (to_cents(qty)) STORED;
-- re-created: calls to_cents(integer), which is re-created
ALTER TABLE items ALTER COLUMN qty SET DEFAULT to_cents(1);
ALTER TABLE items
    ADD CONSTRAINT ck_items_qty CHECK ((to_cents(qty))::bigint < 100000);
-- re-created: calls to_cents(integer), which is re-created
CREATE INDEX ix_items_cents ON items ((to_cents(id)));

-- view v_items
-- re-created: reads function to_cents(integer), which is re-created
CREATE VIEW v_items AS
SELECT items.id,
   to_cents(items.qty) AS cents
  FROM items;

-- trigger items_touch on items
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW WHEN (((to_cents(new.qty))::bigint > 0)) EXECUTE FUNCTION touch();
