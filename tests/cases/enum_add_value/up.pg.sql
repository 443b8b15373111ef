-- enum status
-- schemac:no-transaction
ALTER TYPE status ADD VALUE 'review' AFTER 'draft';
-- schemac:no-transaction
ALTER TYPE status ADD VALUE 'archived' AFTER 'published';
-- schemac:no-transaction
ALTER TABLE docs ALTER COLUMN status SET DEFAULT 'review';
