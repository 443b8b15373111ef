-- table docs
COMMENT ON INDEX ix_docs_id_title IS NULL;
COMMENT ON TABLE docs IS 'documents';
DROP INDEX ix_docs_title;
DROP INDEX ix_docs_tags;
DROP INDEX ix_docs_body;
ALTER TABLE docs ALTER COLUMN title TYPE text;
COMMENT ON COLUMN docs.title IS 'old title comment';
CREATE INDEX ix_docs_title ON docs (title);
