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
ALTER TABLE users ALTER COLUMN email TYPE citext USING email::citext;
CREATE INDEX ix_users_email ON users (email);
