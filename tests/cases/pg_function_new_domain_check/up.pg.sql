-- domain money2
CREATE DOMAIN money2 AS bigint
    CONSTRAINT money2_check CHECK (value >= 0);

-- function to_money2(integer)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.to_money2(x integer)
 RETURNS money2
 LANGUAGE sql
 IMMUTABLE
AS $function$ select (x * 100)::money2 $function$;

-- table items
ALTER TABLE items
    ADD CONSTRAINT ck_items_qty CHECK (to_money2(qty) < 100000);
