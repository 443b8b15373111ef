-- table docs
ALTER INDEX ix_docs_title SET (fillfactor=70);
ALTER INDEX ix_docs_id_n SET (deduplicate_items=off);
DROP INDEX ix_docs_n;
DROP INDEX ix_docs_body_small;
DROP INDEX ix_docs_body;
CREATE INDEX ix_docs_n ON docs (n DESC) WHERE (n > 0);
CREATE INDEX ix_docs_body ON docs USING gist (body tsvector_ops (siglen=100));
