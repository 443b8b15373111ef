-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table users
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE users RENAME TO _schemac_old_users;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE users (
    id         integer,
    email      character varying(255) NOT NULL,
    name       varchar(100)           DEFAULT 'x',
    created_at timestamptz            DEFAULT CURRENT_TIMESTAMP,
    score      integer                DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE (email),
    CONSTRAINT ck_users_score CHECK ((score >= 0))
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'users', count(*) FROM _schemac_old_users;
INSERT INTO users (id, email, name, created_at, score)
    SELECT id, email, name, created_at, score FROM _schemac_old_users;
DROP TABLE _schemac_old_users;
CREATE INDEX ix_users_name ON users (name);

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of users failed: rolled back, nothing changed" CHECK (tbl IS NOT 'users'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'users' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'users' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'ix_users_name' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'users');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'users' AND n <> (SELECT count(*) FROM users);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

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
