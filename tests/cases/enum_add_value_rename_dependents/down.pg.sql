-- table notes
-- re-created: reads notes.mood, whose type is rebuilt
DROP POLICY p_ok ON notes;

-- table people
DROP INDEX ix_ok;
ALTER TABLE people DROP CONSTRAINT ck_mood;
ALTER TABLE people ALTER COLUMN label DROP DEFAULT;
ALTER TABLE people DROP COLUMN sad;

-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
-- re-created: they read type mood or a column of it, which the down script rebuilds
DROP VIEW v_ok;
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE notes ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';
DROP TYPE mood_old;
-- re-created: they read type mood or a column of it, which the down script rebuilds
CREATE VIEW v_ok AS
select id from people where mood = 'ok'::mood;

-- table people
ALTER TABLE people ALTER COLUMN label SET DEFAULT (('ok'::mood)::text);
ALTER TABLE people RENAME COLUMN alias TO nick;
ALTER TABLE people ADD COLUMN sad boolean GENERATED ALWAYS AS (mood = 'sad'::mood) STORED;
CREATE INDEX ix_ok ON people (id) WHERE (mood = 'ok'::mood);
ALTER TABLE people
    ADD CONSTRAINT ck_mood CHECK (mood <> 'sad'::mood or id > 0);

-- table notes
-- re-created: reads notes.mood, whose type is rebuilt
CREATE POLICY p_ok ON notes USING (mood = 'ok'::mood);
