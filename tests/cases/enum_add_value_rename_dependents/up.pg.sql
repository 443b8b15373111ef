BEGIN;

-- table notes
-- re-created: reads notes.mood, whose type is rebuilt
DROP POLICY p_ok ON notes;

-- table people
ALTER TABLE people DROP CONSTRAINT ck_mood;
DROP INDEX ix_ok;
ALTER TABLE people DROP COLUMN sad;
ALTER TABLE people RENAME COLUMN nick TO alias;
ALTER TABLE people ALTER COLUMN label DROP DEFAULT;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';

BEGIN;

-- table people
ALTER TABLE people ADD COLUMN sad boolean GENERATED ALWAYS AS (mood = 'sad'::mood) STORED;
ALTER TABLE people ALTER COLUMN label SET DEFAULT (('ok'::mood)::text);
ALTER TABLE people
    ADD CONSTRAINT ck_mood CHECK (mood <> 'sad'::mood or id > 0);
CREATE INDEX ix_ok ON people (id) WHERE (mood = 'ok'::mood);

-- table notes
-- re-created: reads notes.mood, whose type is rebuilt
CREATE POLICY p_ok ON notes USING (mood = 'ok'::mood);

COMMIT;
