-- collation ci
COMMENT ON COLLATION ci IS 'case-insensitive';

-- collation bytes
COMMENT ON COLLATION bytes IS NULL;

-- collation accents
COMMENT ON COLLATION accents IS 'accents aside';

-- collation app.swedish
-- HAZARD: drops collation app.swedish: it fails while a column or index uses it
DROP COLLATION app.swedish;

-- collation app.german
-- HAZARD: collation app.german is re-created with another definition: the columns that use it are rewritten and their indexes rebuilt, and values that were distinct may compare equal
CREATE COLLATION app.german_schemac (provider = icu, locale = 'de-DE');
COMMENT ON COLLATION app.german_schemac IS 'German order';
ALTER TABLE app.people ALTER COLUMN name TYPE text COLLATE app.german_schemac;
DROP COLLATION app.german;
ALTER COLLATION app.german_schemac RENAME TO german;
