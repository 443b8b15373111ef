-- collation app.german
-- HAZARD: collation app.german is re-created with another definition: the columns that use it are rewritten and their indexes rebuilt, and values that were distinct may compare equal
CREATE COLLATION app.german_schemac (provider = icu, locale = 'de-DE-u-co-phonebk');
COMMENT ON COLLATION app.german_schemac IS 'German order';
ALTER TABLE app.people ALTER COLUMN name TYPE text COLLATE app.german_schemac;
DROP COLLATION app.german;
ALTER COLLATION app.german_schemac RENAME TO german;

-- collation app.swedish
CREATE COLLATION app.swedish (provider = icu, locale = 'sv-SE');
COMMENT ON COLLATION app.swedish IS 'Swedish order';

-- collation accents
COMMENT ON COLLATION accents IS 'accents and case aside';

-- collation bytes
COMMENT ON COLLATION bytes IS 'byte order';

-- collation ci
COMMENT ON COLLATION ci IS NULL;
