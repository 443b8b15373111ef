-- function touch()
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ begin new.price := new.price; return new; end $$;

-- function price_of(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.price_of(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
CREATE FUNCTION public.price_of(p integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ select p::bigint * 2 $$;
COMMENT ON FUNCTION public.price_of(integer) IS 'the price of an item';

-- function weight_of(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.weight_of(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
CREATE FUNCTION public.weight_of(p integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ select p / 1000.0 $$;
COMMENT ON FUNCTION public.weight_of(integer) IS 'kilograms';
