-- schema app
COMMENT ON SCHEMA app IS 'the application, version 2';

-- schema billing
COMMENT ON SCHEMA billing IS 'invoices and payments';

-- schema fresh
CREATE SCHEMA fresh;
COMMENT ON SCHEMA fresh IS 'new here';

-- schema old
COMMENT ON SCHEMA old IS NULL;
