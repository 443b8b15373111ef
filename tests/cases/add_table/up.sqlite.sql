-- table posts
CREATE TABLE posts (
    id        INTEGER NOT NULL,
    author_id bigint  NOT NULL,
    title     text    NOT NULL,
    body      text,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT fk_posts_author_id_users FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_posts_author ON posts (author_id);
