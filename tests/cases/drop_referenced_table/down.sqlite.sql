-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table users
CREATE TABLE users (
    id    INTEGER NOT NULL,
    email text    NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id)
);

-- table comments
CREATE TABLE comments (
    id      INTEGER NOT NULL,
    post_id bigint  NOT NULL,
    user_id bigint,
    body    text,
    CONSTRAINT pk_comments PRIMARY KEY (id),
    CONSTRAINT fk_comments_post_id_posts FOREIGN KEY (post_id) REFERENCES posts (id),
    CONSTRAINT fk_comments_user_id_users FOREIGN KEY (user_id) REFERENCES users (id)
);

-- table posts
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_posts (
    id        INTEGER NOT NULL,
    author_id bigint,
    title     text    NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT fk_posts_author_id_users FOREIGN KEY (author_id) REFERENCES users (id)
);
INSERT INTO _schemac_new_posts (id, author_id, title)
    SELECT id, author_id, title FROM posts;
DROP TABLE posts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_posts RENAME TO posts;
PRAGMA legacy_alter_table = OFF;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
