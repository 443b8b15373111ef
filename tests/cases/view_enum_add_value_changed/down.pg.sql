-- materialized view mv_moods
-- re-created: reads people.mood, whose enum type is rebuilt
DROP MATERIALIZED VIEW mv_moods;

-- view v_moods_count
-- re-created: reads v_moods, which is re-created
DROP VIEW v_moods_count;

-- view v_moods
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_moods;

-- view v_ok
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_ok;

-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE people ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';
DROP TYPE mood_old;

-- materialized view mv_moods
-- HAZARD: materialized view mv_moods is re-created: its query runs again to fill it
-- re-created: reads people.mood, whose enum type is rebuilt
CREATE MATERIALIZED VIEW mv_moods AS
select id, mood from people;
CREATE INDEX ix_mv_moods_id ON mv_moods (id);

-- view v_moods
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_moods AS
select id, mood from people;

-- view v_moods_count
-- re-created: reads v_moods, which is re-created
CREATE VIEW v_moods_count AS
select mood, count(*) as n from v_moods group by mood;

-- view v_ok
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_ok AS
select id from people where mood = 'ok'::mood;
