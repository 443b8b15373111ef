-- view v_total
-- re-created: reads aggregate total_of(integer), which is re-created
DROP VIEW v_total;

-- aggregate total_of(integer)
-- re-created: an aggregate changes
DROP AGGREGATE public.total_of(integer);
-- re-created: an aggregate changes
SET check_function_bodies = false;
CREATE OR REPLACE AGGREGATE public.total_of(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);

-- aggregate abs_total(integer)
-- re-created: an aggregate changes
DROP AGGREGATE public.abs_total(integer);

-- function add_abs(bigint, integer)
DROP FUNCTION public.add_abs(bigint, integer);

-- function add_abs(integer, integer)
CREATE OR REPLACE FUNCTION public.add_abs(s integer, v integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select s + abs(v) $function$;

-- aggregate abs_total(integer)
-- re-created: an aggregate changes
CREATE OR REPLACE AGGREGATE public.abs_total(integer) (
    SFUNC = add_abs,
    STYPE = integer,
    INITCOND = '0'
);

-- aggregate longest(text)
DROP AGGREGATE public.longest(text);

-- view v_total
-- re-created: reads aggregate total_of(integer), which is re-created
CREATE VIEW v_total AS
SELECT total_of(sales.amount) AS total
  FROM sales;
