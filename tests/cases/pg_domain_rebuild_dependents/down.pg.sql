-- composite type tagged
-- re-created: built on type code, which is rebuilt
ALTER TABLE items ALTER COLUMN t TYPE text USING t::text;
DROP TYPE tagged;

-- domain short_code
-- re-created: built on type code, which is rebuilt
ALTER TABLE items ALTER COLUMN sc TYPE text USING sc::text;
DROP DOMAIN short_code;

-- domain code
-- HAZARD: domain code is rebuilt: its 1 column is converted to the new definition, which fails if a value does not fit it
ALTER DOMAIN code RENAME TO code_old;
CREATE DOMAIN code AS text COLLATE "C";
ALTER TABLE items ALTER COLUMN c TYPE code USING c::text::code;
DROP DOMAIN code_old;

-- composite type tagged
-- re-created: built on type code, which is rebuilt
CREATE TYPE tagged AS (
    c code,
    n integer
);
ALTER TABLE items ALTER COLUMN t TYPE tagged USING t::tagged;

-- domain short_code
-- re-created: built on type code, which is rebuilt
CREATE DOMAIN short_code AS code
    CONSTRAINT short CHECK (length(VALUE) < 10);
ALTER TABLE items ALTER COLUMN sc TYPE short_code USING sc::short_code;
