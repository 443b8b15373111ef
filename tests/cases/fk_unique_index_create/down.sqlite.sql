-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table s
-- HAZARD: drops table s and all its rows
DROP TABLE s;

-- table r
-- HAZARD: drops table r and all its rows
DROP TABLE r;

-- table q
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE q RENAME TO _schemac_old_q;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE q (
    id   integer,
    code text,
    PRIMARY KEY (id),
    CONSTRAINT ck_q_code CHECK (code in ('a', 'b'))
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'q', count(*) FROM _schemac_old_q;
INSERT INTO q (id, code)
    SELECT id, code FROM _schemac_old_q;
DROP TABLE _schemac_old_q;

-- table p
DROP INDEX ux_p_code;

-- table n
-- HAZARD: drops table n and all its rows
DROP TABLE n;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of q failed: rolled back, nothing changed" CHECK (tbl IS NOT 'q'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'q' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'q' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'q');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'q' AND n <> (SELECT count(*) FROM q);
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
