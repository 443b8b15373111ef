-- domain cents
-- re-created: calls base_fee(integer), which is re-created
ALTER DOMAIN cents DROP CONSTRAINT positive;
ALTER DOMAIN cents DROP DEFAULT;

-- function base_fee(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.base_fee(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.base_fee(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a + 1 $function$;

-- domain cents
-- HAZARD: domain cents gets check positive (base_fee(VALUE) > 0): fails if a column of the domain holds a value that violates it (add it `not valid`, fix the rows, then validate)
-- re-created: calls base_fee(integer), which is re-created
ALTER DOMAIN cents SET DEFAULT base_fee(0);
ALTER DOMAIN cents ADD CONSTRAINT positive CHECK (base_fee(VALUE) > 0);
