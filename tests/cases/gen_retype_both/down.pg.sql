-- table people
ALTER TABLE people DROP COLUMN total;
-- HAZARD: type of people.score changes from bigint to integer: values may not fit
ALTER TABLE people ALTER COLUMN score TYPE integer;
ALTER TABLE people ADD COLUMN total integer GENERATED ALWAYS AS (score * 2) STORED;
