-- view v_moods
-- re-created: reads people.mood, whose enum type is rebuilt
DROP VIEW v_moods;

-- view v_happy
-- re-created: reads type mood, which is rebuilt
DROP VIEW v_happy;

-- enum mood
-- HAZARD: enum mood is rebuilt to reorder its values
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';
DROP TYPE mood_old;

-- view v_moods
-- re-created: reads people.mood, whose enum type is rebuilt
CREATE VIEW v_moods AS
select id, mood from people;

-- view v_happy
-- re-created: reads type mood, which is rebuilt
CREATE VIEW v_happy AS
select id from people where mood = 'happy'::mood;
