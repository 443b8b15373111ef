-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table k
-- HAZARD: k.a becomes NOT NULL: fails if it holds NULLs
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE k RENAME TO _schemac_old_k;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE k (
    a int,
    b text,
    PRIMARY KEY (a, b)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'k', count(*) FROM _schemac_old_k;
INSERT INTO k (a, b)
    SELECT a, b FROM _schemac_old_k;
DROP TABLE _schemac_old_k;

-- table a
-- HAZARD: a.id becomes NOT NULL: fails if it holds NULLs
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE a RENAME TO _schemac_old_a;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE a (
    id integer,
    x  text,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'a', count(*) FROM _schemac_old_a;
INSERT INTO a (id, x)
    SELECT id, x FROM _schemac_old_a;
DROP TABLE _schemac_old_a;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of k failed: rolled back, nothing changed" CHECK (tbl IS NOT 'k'),
    CONSTRAINT "rebuild of a failed: rolled back, nothing changed" CHECK (tbl IS NOT 'a'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'k' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'k' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'k')
    UNION ALL
    SELECT 'a' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'a' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'a');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'k' AND n <> (SELECT count(*) FROM k)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'a' AND n <> (SELECT count(*) FROM a);
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
