-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table posts
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_posts (
    id        INTEGER NOT NULL,
    author_id bigint,
    title     text    NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id)
);
INSERT INTO _schemac_new_posts (id, author_id, title)
    SELECT id, author_id, title FROM posts;
DROP TABLE posts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_posts RENAME TO posts;
PRAGMA legacy_alter_table = OFF;

-- table comments
-- HAZARD: drops table comments and all its rows
DROP TABLE comments;

-- table users
-- HAZARD: drops table users and all its rows
DROP TABLE users;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
