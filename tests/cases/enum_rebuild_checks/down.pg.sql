BEGIN;

-- table docs
DROP INDEX ix_docs_is_draft;
DROP INDEX ix_docs_active;
ALTER TABLE docs DROP CONSTRAINT ck_docs_status;

COMMIT;

-- enum doc_status
-- schemac:no-transaction
ALTER TYPE doc_status ADD VALUE IF NOT EXISTS 'gone' AFTER 'archived';

BEGIN;

-- table docs
CREATE INDEX ix_docs_is_draft ON docs ((status = 'draft'));
CREATE INDEX ix_docs_active ON docs (id) WHERE (status = 'active');
ALTER TABLE docs
    ADD CONSTRAINT ck_docs_status CHECK (status <> 'archived' or title is not null);

COMMIT;
