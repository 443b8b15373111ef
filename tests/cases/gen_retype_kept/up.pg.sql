-- table people
ALTER TABLE people DROP CONSTRAINT ck_people_total;
DROP INDEX ix_people_total;
ALTER TABLE people DROP COLUMN total;
ALTER TABLE people ALTER COLUMN score TYPE bigint;
ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;
ALTER TABLE people
    ADD CONSTRAINT ck_people_total CHECK (total >= 0);
CREATE INDEX ix_people_total ON people (total);
