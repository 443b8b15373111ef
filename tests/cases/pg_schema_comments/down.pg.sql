-- schema old
COMMENT ON SCHEMA old IS 'going away';

-- schema fresh
DROP SCHEMA fresh;

-- schema billing
COMMENT ON SCHEMA billing IS NULL;

-- schema app
COMMENT ON SCHEMA app IS 'the application';
