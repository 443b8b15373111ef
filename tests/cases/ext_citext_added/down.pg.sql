-- table users
DROP INDEX ix_users_email;
ALTER TABLE users ALTER COLUMN email TYPE text USING email::text;

-- table tags
-- HAZARD: drops table tags and all its rows
DROP TABLE tags;

-- extension citext
-- HAZARD: drops extension citext and every object it installed: it fails while columns, indexes or views still use them
DROP EXTENSION citext;
