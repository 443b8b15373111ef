-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table users
CREATE TABLE users (
    id    INTEGER,
    email text    NOT NULL,
    PRIMARY KEY (id)
);

-- table comments
CREATE TABLE comments (
    id      INTEGER,
    post_id bigint  NOT NULL,
    user_id bigint,
    body    text,
    PRIMARY KEY (id),
    FOREIGN KEY (post_id) REFERENCES posts (id),
    FOREIGN KEY (user_id) REFERENCES users (id)
);

-- table posts
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE posts RENAME TO _schemac_old_posts;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE posts (
    id        INTEGER,
    author_id bigint,
    title     text    NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES users (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'posts', count(*) FROM _schemac_old_posts;
INSERT INTO posts (id, author_id, title)
    SELECT id, author_id, title FROM _schemac_old_posts;
DROP TABLE _schemac_old_posts;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of posts failed: rolled back, nothing changed" CHECK (tbl IS NOT 'posts'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'posts' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'posts' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'posts');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'posts' AND n <> (SELECT count(*) FROM posts);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of comments reference missing rows of posts"
        CHECK (NOT (tbl = 'comments' COLLATE NOCASE AND parent = 'posts' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: rows of posts reference missing rows of users"
        CHECK (NOT (tbl = 'posts' COLLATE NOCASE AND parent = 'users' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
