-- table docs
COMMENT ON INDEX ix_docs_id IS NULL;
COMMENT ON TABLE docs IS 'documents';
DROP INDEX ix_docs_title;
DROP INDEX ix_docs_tags;
DROP INDEX ix_docs_body;
ALTER TABLE docs ALTER COLUMN title TYPE text;
COMMENT ON COLUMN docs.title IS 'old title comment';
ALTER INDEX ix_docs_id RENAME TO ix_docs_id_title;
CREATE INDEX ix_docs_title ON docs (title);
