-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table posts
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE posts RENAME TO _schemac_old_posts;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE posts (
    id      integer,
    user_id bigint  NOT NULL,
    level   level   DEFAULT 'mid' NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id),
    CHECK (level IN ('low', 'mid', 'high'))
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'posts', count(*) FROM _schemac_old_posts;
INSERT INTO posts (id, user_id)
    SELECT id, user_id FROM _schemac_old_posts;
DROP TABLE _schemac_old_posts;

-- table users
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE users RENAME TO _schemac_old_users;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE users (
    id   bigint,
    name varchar(80),
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'users', count(*) FROM _schemac_old_users;
INSERT INTO users (id, name)
    SELECT id, name FROM _schemac_old_users;
DROP TABLE _schemac_old_users;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of posts failed: rolled back, nothing changed" CHECK (tbl IS NOT 'posts'),
    CONSTRAINT "rebuild of users failed: rolled back, nothing changed" CHECK (tbl IS NOT 'users'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'posts' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'posts' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'posts')
    UNION ALL
    SELECT 'users' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'users' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'users');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'posts' AND n <> (SELECT count(*) FROM posts)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'users' AND n <> (SELECT count(*) FROM users);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
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
