-- table boxes
-- HAZARD: drops table boxes and all its rows
DROP TABLE boxes;

-- enum tag
COMMENT ON TYPE tag IS 'tags';
-- HAZARD: enum tag is rebuilt to reorder its values
ALTER TYPE tag RENAME TO tag_old;
CREATE TYPE tag AS ENUM ('red', 'green', 'blue');
COMMENT ON TYPE tag IS 'tags';
ALTER TABLE items ALTER COLUMN tags TYPE tag[] USING tags::text[]::tag[];
DROP TYPE tag_old;

-- enum shape
DROP TYPE shape;
