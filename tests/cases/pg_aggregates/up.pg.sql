-- view v_total
-- re-created: reads aggregate total_of(integer), which is re-created
DROP VIEW v_total;

-- aggregate longest(text)
SET check_function_bodies = false;
CREATE OR REPLACE AGGREGATE public.longest(text) (
    SFUNC = textcat,
    STYPE = text,
    PARALLEL = SAFE
);

-- aggregate abs_total(integer)
-- re-created: an aggregate changes
DROP AGGREGATE public.abs_total(integer);

-- function add_abs(integer, integer)
DROP FUNCTION public.add_abs(integer, integer);

-- function add_abs(bigint, integer)
CREATE OR REPLACE FUNCTION public.add_abs(s bigint, v integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select s + abs(v) $function$;

-- aggregate abs_total(integer)
-- re-created: an aggregate changes
CREATE OR REPLACE AGGREGATE public.abs_total(integer) (
    SFUNC = add_abs,
    STYPE = bigint,
    INITCOND = '0'
);

-- aggregate total_of(integer)
-- re-created: an aggregate changes
DROP AGGREGATE public.total_of(integer);
-- re-created: an aggregate changes
CREATE OR REPLACE AGGREGATE public.total_of(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '100'
);

-- view v_total
-- re-created: reads aggregate total_of(integer), which is re-created
CREATE VIEW v_total AS
SELECT total_of(sales.amount) AS total
  FROM sales;
