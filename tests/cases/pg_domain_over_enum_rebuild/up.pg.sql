-- view v_moods
-- re-created: reads people.m, whose type is rebuilt
DROP VIEW v_moods;

-- table people
-- re-created: reads people.m, whose type is rebuilt
DROP POLICY not_sad ON people;

-- domain mood_d
-- re-created: built on type mood, which is rebuilt
ALTER TABLE people ALTER COLUMN m TYPE text USING m::text;
DROP DOMAIN mood_d;

-- composite type pair
-- re-created: built on type mood, which is rebuilt
ALTER TABLE people ALTER COLUMN p TYPE text USING p::text;
DROP TYPE pair;

-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('happy', 'sad');
DROP TYPE mood_old;

-- domain mood_d
-- re-created: built on type mood, which is rebuilt
CREATE DOMAIN mood_d AS mood DEFAULT 'happy' NOT NULL;
ALTER TABLE people ALTER COLUMN m TYPE mood_d USING m::mood_d;

-- composite type pair
-- re-created: built on type mood, which is rebuilt
CREATE TYPE pair AS (
    m mood,
    n integer
);
ALTER TABLE people ALTER COLUMN p TYPE pair USING p::pair;

-- table people
-- re-created: reads people.m, whose type is rebuilt
CREATE POLICY not_sad ON people USING (m::text <> 'sad');

-- view v_moods
-- re-created: reads people.m, whose type is rebuilt
CREATE VIEW v_moods AS
SELECT people.id,
   people.m
  FROM people;
