-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

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

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
