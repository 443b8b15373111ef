BEGIN;

-- table people
ALTER TABLE people ALTER COLUMN label DROP DEFAULT;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'gone' AFTER 'ok';

BEGIN;

-- table people
ALTER TABLE people ALTER COLUMN label SET DEFAULT (('ok'::mood)::text);

COMMIT;
