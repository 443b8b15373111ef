-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table n
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE n RENAME TO _schemac_old_n;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE n (
    id          integer,
    code        text    NOT NULL,
    parent_code text,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'n', count(*) FROM _schemac_old_n;
INSERT INTO n (id, code, parent_code)
    SELECT id, code, parent_code FROM _schemac_old_n;
DROP TABLE _schemac_old_n;

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

-- table s
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE s RENAME TO _schemac_old_s;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE s (
    id integer,
    a  integer,
    b  integer,
    PRIMARY KEY (id),
    CONSTRAINT ck_s_a CHECK (a in (1, 2)),
    CONSTRAINT fk_s_self FOREIGN KEY (b) REFERENCES s (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 's', count(*) FROM _schemac_old_s;
INSERT INTO s (id, a, b)
    SELECT id, a, b FROM _schemac_old_s;
DROP TABLE _schemac_old_s;

-- table r
DROP INDEX ux_r_ba;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of n failed: rolled back, nothing changed" CHECK (tbl IS NOT 'n'),
    CONSTRAINT "rebuild of q failed: rolled back, nothing changed" CHECK (tbl IS NOT 'q'),
    CONSTRAINT "rebuild of s failed: rolled back, nothing changed" CHECK (tbl IS NOT 's'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'n' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'n' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'n')
    UNION ALL
    SELECT 'q' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'q' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'q')
    UNION ALL
    SELECT 's' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 's' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 's');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'n' AND n <> (SELECT count(*) FROM n)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'q' AND n <> (SELECT count(*) FROM q)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 's' AND n <> (SELECT count(*) FROM s);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of s reference missing rows of s"
        CHECK (NOT (tbl = 's' COLLATE NOCASE AND parent = 's' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
