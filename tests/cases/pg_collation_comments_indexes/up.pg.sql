-- table docs
DROP INDEX ix_docs_title;
ALTER INDEX ix_docs_id_title RENAME TO ix_docs_id;
ALTER TABLE docs ALTER COLUMN title TYPE text COLLATE "C";
COMMENT ON COLUMN docs.title IS NULL;
CREATE INDEX ix_docs_body ON docs USING gin (body);
CREATE INDEX ix_docs_tags ON docs USING gin (tags);
CREATE INDEX ix_docs_title ON docs (title) INCLUDE (id);
COMMENT ON TABLE docs IS 'all documents';
COMMENT ON INDEX ix_docs_id IS 'lookup';
