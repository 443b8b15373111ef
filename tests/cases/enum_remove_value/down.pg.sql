-- enum color
-- HAZARD: enum color is rebuilt to reorder its values
ALTER TYPE color RENAME TO color_old;
CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'unused');
ALTER TABLE paints ALTER COLUMN color DROP DEFAULT;
ALTER TABLE paints ALTER COLUMN color TYPE color USING color::text::color;
ALTER TABLE paints ALTER COLUMN color SET DEFAULT 'red';
DROP TYPE color_old;
