-- table people
DROP INDEX ix_people_total;
ALTER TABLE people DROP CONSTRAINT ck_people_total;
ALTER TABLE people DROP COLUMN total;
-- HAZARD: type of people.score changes from bigint to integer: values may not fit
ALTER TABLE people ALTER COLUMN score TYPE integer;
ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;
CREATE INDEX ix_people_total ON people (total);
ALTER TABLE people
    ADD CONSTRAINT ck_people_total CHECK (total >= 0);
