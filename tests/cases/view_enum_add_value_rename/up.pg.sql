BEGIN;

-- table people
ALTER TABLE people RENAME COLUMN nick TO alias;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';
