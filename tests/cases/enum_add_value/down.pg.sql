-- enum status
-- HAZARD: enum status loses values: rows holding them make the change fail
ALTER TYPE status RENAME TO status_old;
CREATE TYPE status AS ENUM ('draft', 'published');
ALTER TABLE docs ALTER COLUMN status DROP DEFAULT;
ALTER TABLE docs ALTER COLUMN status TYPE status USING status::text::status;
ALTER TABLE docs ALTER COLUMN status SET DEFAULT 'draft';
DROP TYPE status_old;
