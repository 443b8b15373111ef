-- function above_lo(integer)
SET check_function_bodies = false;
CREATE FUNCTION above_lo(x integer) RETURNS boolean LANGUAGE sql STABLE BEGIN ATOMIC SELECT x > coalesce((SELECT min(lo) FROM limits), 0); END;

-- domain score
CREATE DOMAIN score AS integer
    CONSTRAINT score_check CHECK (above_lo(VALUE));

-- function is_pos(integer)
CREATE FUNCTION is_pos(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x > 0;

-- function one()
CREATE FUNCTION one() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ select 1 $$;

-- domain posint
CREATE DOMAIN posint AS integer DEFAULT one()
    CONSTRAINT posint_check CHECK (is_pos(VALUE));

-- table t
CREATE TABLE t (
    id posint,
    s  score
);
