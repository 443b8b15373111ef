-- table docs
DROP INDEX ix_docs_body;
DROP INDEX ix_docs_id_n;
DROP INDEX ix_docs_n;
DROP INDEX ix_docs_title;
CREATE INDEX ix_docs_body ON docs USING gist (body tsvector_ops (siglen=200));
CREATE INDEX ix_docs_body_small ON docs USING gist (body tsvector_ops (siglen=8)) WITH (buffering=on);
CREATE INDEX ix_docs_id_n ON docs (id, n NULLS FIRST);
CREATE INDEX ix_docs_n ON docs (n DESC NULLS LAST) WITH (fillfactor=50) WHERE (n > 0);
CREATE INDEX ix_docs_title ON docs (title text_pattern_ops) WITH (fillfactor=90);
