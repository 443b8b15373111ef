-- enum status
-- schemac:no-transaction
ALTER TYPE status ADD VALUE IF NOT EXISTS 'review' AFTER 'draft';
-- schemac:no-transaction
ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived' AFTER 'published';
-- schemac:no-transaction
ALTER TABLE docs ALTER COLUMN status SET DEFAULT 'review';
