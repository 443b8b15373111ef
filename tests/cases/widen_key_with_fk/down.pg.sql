-- table posts
-- HAZARD: drops column posts.level and its data
ALTER TABLE posts DROP COLUMN level;

-- enum level
-- HAZARD: enum level loses values: rows holding them make the change fail
ALTER TYPE level RENAME TO level_old;
CREATE TYPE level AS ENUM ('low', 'high');
DROP TYPE level_old;

-- table posts
-- HAZARD: type of posts.user_id changes from bigint to integer: values may not fit
ALTER TABLE posts ALTER COLUMN user_id TYPE integer;

-- table users
-- HAZARD: type of users.id changes from bigint to integer: values may not fit
ALTER TABLE users ALTER COLUMN id TYPE integer;
-- HAZARD: type of users.name changes from character varying(80) to character varying(40): values may not fit
ALTER TABLE users ALTER COLUMN name TYPE character varying(40);
