-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
-- re-created: they read type mood or a column of it, which the down script rebuilds
DROP VIEW v_ok;
DROP VIEW v_moods_count;
DROP VIEW v_moods;
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';
DROP TYPE mood_old;
-- re-created: they read type mood or a column of it, which the down script rebuilds
CREATE VIEW v_moods AS
select id, mood from people;
CREATE VIEW v_moods_count AS
select mood, count(*) as n from v_moods group by mood;
CREATE VIEW v_ok AS
select id from people where mood = 'ok'::mood;

-- table people
ALTER TABLE people RENAME COLUMN alias TO nick;
