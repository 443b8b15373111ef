-- table t
ALTER TABLE t ALTER COLUMN a TYPE text USING a::text;
-- HAZARD: type of t.b changes from text to integer: values may not fit
ALTER TABLE t ALTER COLUMN b TYPE integer USING b::integer;
