-- table people
ALTER TABLE people ALTER COLUMN label DROP DEFAULT;

-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
DROP TYPE mood_old;

-- table people
ALTER TABLE people ALTER COLUMN label SET DEFAULT (('ok'::mood)::text);
