-- table docs
DROP INDEX ix_docs_title;
DROP INDEX ix_docs_n;
DROP INDEX ix_docs_id_n;
DROP INDEX ix_docs_body_small;
DROP INDEX ix_docs_body;
CREATE INDEX ix_docs_title ON docs (title text_pattern_ops) WITH (fillfactor=70);
CREATE INDEX ix_docs_n ON docs (n DESC) WHERE (n > 0);
CREATE INDEX ix_docs_id_n ON docs (id, n NULLS FIRST) WITH (deduplicate_items=off);
CREATE INDEX ix_docs_body ON docs USING gist (body tsvector_ops (siglen=100));
