-- trigger v_ins on v
-- re-created: on view v, which is re-created
DROP TRIGGER v_ins ON public.v;

-- view v
-- re-created: reads function f(integer), which is re-created
DROP VIEW v;

-- function f(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.f(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.f(a integer)
 RETURNS integer
 LANGUAGE sql
AS $function$select a$function$;

-- view v
-- re-created: reads function f(integer), which is re-created
CREATE VIEW v AS
SELECT items.id,
    f(items.price) AS p
   FROM items;

-- trigger v_ins on v
-- re-created: on view v, which is re-created
CREATE TRIGGER v_ins INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION vi();
