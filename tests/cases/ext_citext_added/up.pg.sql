-- extension citext
CREATE EXTENSION IF NOT EXISTS citext;

-- table tags
CREATE TABLE tags (
    id   integer  NOT NULL,
    name citext   NOT NULL,
    alts citext[],
    CONSTRAINT pk_tags PRIMARY KEY (id),
    CONSTRAINT uq_tags_name UNIQUE (name)
);

-- table users
-- HAZARD: type of users.email changes from text to citext: values may not fit
ALTER TABLE users ALTER COLUMN email TYPE citext USING email::text::citext;
CREATE INDEX ix_users_email ON users (email);
