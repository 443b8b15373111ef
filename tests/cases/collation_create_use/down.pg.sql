-- table docs
DROP INDEX ix_docs_slug;
ALTER TABLE docs ALTER COLUMN title TYPE text;
-- HAZARD: drops column docs.slug and its data
ALTER TABLE docs DROP COLUMN slug;

-- table app.notes
-- HAZARD: drops table app.notes and all its rows
DROP TABLE app.notes;

-- collation ci
-- HAZARD: drops collation ci: it fails while a column or index uses it
DROP COLLATION ci;

-- collation bytes
-- HAZARD: drops collation bytes: it fails while a column or index uses it
DROP COLLATION bytes;

-- schema app
DROP SCHEMA app;
