-- enum size
CREATE TYPE size AS ENUM ('small', 'large');

-- table things
-- HAZARD: drops column things.kind and its data
ALTER TABLE things DROP COLUMN kind;
ALTER TABLE things ADD COLUMN size size DEFAULT 'small' NOT NULL;

-- enum old_kind
DROP TYPE old_kind;
