-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';
