-- enum shape
CREATE TYPE shape AS ENUM ('round', 'square');

-- enum tag
-- HAZARD: enum tag is rebuilt to reorder its values
ALTER TYPE tag RENAME TO tag_old;
CREATE TYPE tag AS ENUM ('blue', 'green', 'red');
ALTER TABLE items ALTER COLUMN tags TYPE tag[] USING tags::text[]::tag[];
DROP TYPE tag_old;

-- table boxes
CREATE TABLE boxes (
    id     integer NOT NULL,
    shapes shape[] NOT NULL,
    CONSTRAINT pk_boxes PRIMARY KEY (id)
);
