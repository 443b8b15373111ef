-- schemac upgrade head (sqlite), generated offline: run it with the database at base

CREATE TABLE IF NOT EXISTS schemac_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT schemac_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1a2b3c4d5e6f, initial schema
-- 20261122_1736_1a2b3c4d5e6f_initial_schema.sql

BEGIN;

-- table users
CREATE TABLE users (
    id    INTEGER                NOT NULL,
    email character varying(255) NOT NULL,
    name  text,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email)
);

INSERT INTO schemac_version (version_num) VALUES ('1a2b3c4d5e6f');

COMMIT;

-- Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, add posts
-- 20261122_1740_3f2a9c1b7d4e_add_posts.sql

BEGIN;

-- table users
ALTER TABLE users ADD COLUMN bio text;

-- table posts
CREATE TABLE posts (
    id        INTEGER NOT NULL,
    author_id bigint  NOT NULL,
    title     text    NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT fk_posts_author_id_users FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_posts_author ON posts (author_id);

UPDATE schemac_version SET version_num = '3f2a9c1b7d4e' WHERE version_num = '1a2b3c4d5e6f';

COMMIT;
