-- function weight_of(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.weight_of(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE FUNCTION public.weight_of(p integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ select p $$;
COMMENT ON FUNCTION public.weight_of(integer) IS 'grams';

-- function price_of(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.price_of(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
CREATE FUNCTION public.price_of(p integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ select p * 2 $$;
COMMENT ON FUNCTION public.price_of(integer) IS 'the price of an item';

-- function touch()
CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ begin return new; end $$;
