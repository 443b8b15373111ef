-- view v_priced
-- re-created: reads function price_of(integer), which is re-created
DROP VIEW v_priced;

-- trigger items_touch on items
DROP TRIGGER items_touch ON public.items;

-- function price_of(text, text)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.price_of(p text, q text)
 RETURNS text
 LANGUAGE sql
 STRICT
AS $function$ select p || q $function$;

-- function touch()
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  new.updated_at := clock_timestamp();
  return new;
end $function$;

-- trigger items_touch on items
CREATE TRIGGER items_touch BEFORE UPDATE OF price ON public.items FOR EACH ROW EXECUTE FUNCTION touch();

-- trigger items_audit on items
ALTER TABLE public.items ENABLE TRIGGER items_audit;

-- function price_of(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.price_of(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
CREATE OR REPLACE FUNCTION public.price_of(p integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select p::bigint * 3 $function$;

-- view v_priced
-- re-created: reads function price_of(integer), which is re-created
CREATE VIEW v_priced AS
SELECT items.id,
   price_of(items.price) AS total
  FROM items;
