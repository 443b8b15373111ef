-- enum color
-- HAZARD: enum color loses values: rows holding them make the change fail
ALTER TYPE color RENAME TO color_old;
CREATE TYPE color AS ENUM ('blue', 'green', 'red');
ALTER TABLE paints ALTER COLUMN color DROP DEFAULT;
ALTER TABLE paints ALTER COLUMN color TYPE color USING color::text::color;
ALTER TABLE paints ALTER COLUMN color SET DEFAULT 'red';
DROP TYPE color_old;
