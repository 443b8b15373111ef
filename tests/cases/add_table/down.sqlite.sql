-- table posts
-- HAZARD: drops table posts and all its rows
DROP TABLE posts;
