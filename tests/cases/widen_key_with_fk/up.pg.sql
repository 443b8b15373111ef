-- enum level
-- schemac:no-transaction
ALTER TYPE level ADD VALUE IF NOT EXISTS 'mid' AFTER 'low';

BEGIN;

-- table posts
ALTER TABLE posts ADD COLUMN level level DEFAULT 'mid' NOT NULL;
ALTER TABLE posts ALTER COLUMN user_id TYPE bigint;

-- table users
ALTER TABLE users ALTER COLUMN id TYPE bigint;
ALTER TABLE users ALTER COLUMN name TYPE character varying(80);

COMMIT;
