-- table docs
DROP INDEX ix_docs_body;
DROP INDEX ix_docs_n;
CREATE INDEX ix_docs_body ON docs USING gist (body tsvector_ops (siglen=200));
CREATE INDEX ix_docs_body_small ON docs USING gist (body tsvector_ops (siglen=8)) WITH (buffering=on);
CREATE INDEX ix_docs_n ON docs (n DESC NULLS LAST) WITH (fillfactor=50) WHERE (n > 0);
ALTER INDEX ix_docs_id_n RESET (deduplicate_items);
ALTER INDEX ix_docs_title SET (fillfactor=90);
