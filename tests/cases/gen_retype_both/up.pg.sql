-- table people
ALTER TABLE people DROP COLUMN total;
ALTER TABLE people ALTER COLUMN score TYPE bigint;
ALTER TABLE people ADD COLUMN total bigint GENERATED ALWAYS AS (score * 3) STORED;
