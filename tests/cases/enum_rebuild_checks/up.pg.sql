-- table docs
ALTER TABLE docs DROP CONSTRAINT ck_docs_status;
DROP INDEX ix_docs_active;
DROP INDEX ix_docs_is_draft;

-- enum doc_status
-- HAZARD: enum doc_status loses values: rows holding them make the change fail
ALTER TYPE doc_status RENAME TO doc_status_old;
CREATE TYPE doc_status AS ENUM ('draft', 'active', 'archived');
ALTER TABLE docs ALTER COLUMN status DROP DEFAULT;
ALTER TABLE docs ALTER COLUMN status TYPE doc_status USING status::text::doc_status;
ALTER TABLE docs ALTER COLUMN status SET DEFAULT 'draft';
DROP TYPE doc_status_old;

-- table docs
ALTER TABLE docs
    ADD CONSTRAINT ck_docs_status CHECK (status <> 'archived' or title is not null);
CREATE INDEX ix_docs_active ON docs (id) WHERE (status = 'active');
CREATE INDEX ix_docs_is_draft ON docs ((status = 'draft'));
