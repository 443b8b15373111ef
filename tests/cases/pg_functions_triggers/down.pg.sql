-- view v_priced
-- re-created: reads function price_of(integer), which is re-created
DROP VIEW v_priced;

-- function price_of(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.price_of(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.price_of(p integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select p * 2 $function$;

-- trigger items_audit on items
ALTER TABLE public.items DISABLE TRIGGER items_audit;

-- trigger items_touch on items
DROP TRIGGER items_touch ON public.items;

-- function touch()
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  new.updated_at := now();
  return new;
end $function$;

-- function price_of(text, text)
DROP FUNCTION public.price_of(text, text);

-- trigger items_touch on items
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION touch();

-- view v_priced
-- re-created: reads function price_of(integer), which is re-created
CREATE VIEW v_priced AS
SELECT items.id,
   price_of(items.price) AS total
  FROM items;
