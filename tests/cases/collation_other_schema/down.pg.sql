-- table docs
DROP INDEX ix_docs_slug;
ALTER TABLE docs ALTER COLUMN title TYPE text;
ALTER TABLE docs ALTER COLUMN slug TYPE text COLLATE "app"."c1";
-- HAZARD: drops column docs.body and its data
ALTER TABLE docs DROP COLUMN body;

-- collation app."Split"
-- HAZARD: drops collation app."Split": it fails while a column or index uses it
DROP COLLATION app."Split";
