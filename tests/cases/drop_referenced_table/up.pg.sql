-- table posts
ALTER TABLE posts DROP CONSTRAINT fk_posts_author_id_users;

-- table comments
-- HAZARD: drops table comments and all its rows
DROP TABLE comments;

-- table users
-- HAZARD: drops table users and all its rows
DROP TABLE users;
