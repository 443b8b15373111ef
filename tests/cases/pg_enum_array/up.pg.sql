-- enum shape
CREATE TYPE shape AS ENUM ('round', 'square');
COMMENT ON TYPE shape IS 'box shapes';

-- enum tag
-- HAZARD: enum tag is rebuilt to reorder its values
ALTER TYPE tag RENAME TO tag_old;
CREATE TYPE tag AS ENUM ('blue', 'green', 'red');
COMMENT ON TYPE tag IS 'colour tags';
ALTER TABLE items ALTER COLUMN tags TYPE tag[] USING tags::text[]::tag[];
DROP TYPE tag_old;
COMMENT ON TYPE tag IS 'colour tags';

-- table boxes
CREATE TABLE boxes (
    id     integer NOT NULL,
    shapes shape[] NOT NULL,
    CONSTRAINT pk_boxes PRIMARY KEY (id)
);
