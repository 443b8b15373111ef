-- view v_titles
-- re-created: reads v_docs, which is re-created
DROP VIEW v_titles;

-- view v_docs
-- re-created: reads docs.title, whose collation is re-created
DROP VIEW v_docs;

-- collation ci
-- HAZARD: collation ci is re-created with another definition: the columns that use it are rewritten and their indexes rebuilt, and values that were distinct may compare equal
CREATE COLLATION ci_schemac (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
DROP INDEX ix_docs_lower;
ALTER TABLE docs ALTER COLUMN title TYPE text COLLATE ci_schemac;
DROP COLLATION ci;
ALTER COLLATION ci_schemac RENAME TO ci;
CREATE INDEX ix_docs_lower ON docs ((lower(title)) COLLATE ci);

-- view v_docs
-- re-created: reads docs.title, whose collation is re-created
CREATE VIEW v_docs AS
select id, title from docs;

-- view v_titles
-- re-created: reads v_docs, which is re-created
CREATE VIEW v_titles AS
select title from v_docs where id > 0;
