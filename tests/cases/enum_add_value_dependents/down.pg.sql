-- table people
-- re-created: people.sad is dropped
DROP POLICY p_ok ON people;
ALTER TABLE people DROP CONSTRAINT ck_mood;
DROP INDEX ix_ok;
ALTER TABLE people DROP COLUMN sad;

-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';
DROP TYPE mood_old;

-- table people
ALTER TABLE people ADD COLUMN sad boolean GENERATED ALWAYS AS (mood = 'sad'::mood) STORED;
ALTER TABLE people
    ADD CONSTRAINT ck_mood CHECK (mood <> 'sad'::mood or id > 0);
CREATE INDEX ix_ok ON people (id) WHERE (mood = 'ok'::mood);
-- re-created: people.sad is dropped
CREATE POLICY p_ok ON people USING (mood = 'ok'::mood);
