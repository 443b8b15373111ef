-- table posts
CREATE TABLE posts (
    id        INTEGER,
    author_id bigint  NOT NULL,
    title     text    NOT NULL,
    body      text,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_posts_author ON posts (author_id);
