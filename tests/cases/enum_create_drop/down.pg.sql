-- enum old_kind
CREATE TYPE old_kind AS ENUM ('a', 'b');

-- table things
-- HAZARD: drops column things.size and its data
ALTER TABLE things DROP COLUMN size;
ALTER TABLE things ADD COLUMN kind old_kind;

-- enum size
DROP TYPE size;
