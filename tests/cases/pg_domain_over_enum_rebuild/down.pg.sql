BEGIN;

-- view v_moods
-- re-created: reads people.m, whose type is rebuilt
DROP VIEW v_moods;

-- table people
-- re-created: reads people.m, whose type is rebuilt
DROP POLICY not_sad ON people;

-- composite type pair
-- re-created: built on type mood, which is rebuilt
ALTER TABLE people ALTER COLUMN p TYPE text USING p::text;
DROP TYPE pair;

-- domain mood_d
-- re-created: built on type mood, which is rebuilt
ALTER TABLE people ALTER COLUMN m TYPE text USING m::text;
DROP DOMAIN mood_d;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad';

BEGIN;

-- composite type pair
-- re-created: built on type mood, which is rebuilt
CREATE TYPE pair AS (
    m mood,
    n integer
);
ALTER TABLE people ALTER COLUMN p TYPE pair USING p::pair;

-- domain mood_d
-- re-created: built on type mood, which is rebuilt
CREATE DOMAIN mood_d AS mood DEFAULT 'happy' NOT NULL;
ALTER TABLE people ALTER COLUMN m TYPE mood_d USING m::mood_d;

-- table people
-- re-created: reads people.m, whose type is rebuilt
CREATE POLICY not_sad ON people USING (m::text <> 'sad');

-- view v_moods
-- re-created: reads people.m, whose type is rebuilt
CREATE VIEW v_moods AS
SELECT people.id,
   people.m
  FROM people;

COMMIT;
