-- table t
ALTER TABLE t ALTER COLUMN b TYPE text USING b::text;
-- HAZARD: type of t.a changes from text to integer: values may not fit
ALTER TABLE t ALTER COLUMN a TYPE integer USING a::integer;
