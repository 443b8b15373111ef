-- composite type address
-- HAZARD: composite type address is rebuilt: its 1 column is converted to the new definition, which fails if a value does not fit it
ALTER TYPE address RENAME TO address_old;
CREATE TYPE address AS (
    street text,
    zip integer
);
ALTER TABLE customers ALTER COLUMN home TYPE address USING CASE WHEN home IS NULL THEN NULL ELSE ROW((home).street::text, (home).zip::integer)::address END;
DROP TYPE address_old;

-- composite type dims
-- HAZARD: type dims drops attribute d: its values in every column of the type are lost
ALTER TYPE dims
    ALTER ATTRIBUTE w TYPE integer,
    DROP ATTRIBUTE d;
