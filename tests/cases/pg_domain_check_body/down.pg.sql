-- table t
-- HAZARD: drops table t and all its rows
DROP TABLE t;

-- domain posint
DROP DOMAIN posint;

-- function one()
DROP FUNCTION public.one();

-- function is_pos(integer)
DROP FUNCTION public.is_pos(integer);

-- domain score
DROP DOMAIN score;

-- function above_lo(integer)
DROP FUNCTION public.above_lo(integer);
