-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table u
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE u RENAME TO _schemac_old_u;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE u (
    id   integer,
    code text    NOT NULL,
    note text,
    PRIMARY KEY (id),
    CONSTRAINT uq_u_code UNIQUE (code)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'u', count(*) FROM _schemac_old_u;
INSERT INTO u (id, code, note)
    SELECT id, code, note FROM _schemac_old_u;
DROP TABLE _schemac_old_u;

-- table r
DROP INDEX ux_r_ba;
CREATE UNIQUE INDEX ux_r_ba ON r (a, b);

-- table p
DROP INDEX ux_p_code;
CREATE UNIQUE INDEX ux_p_code ON p (code);

-- table q
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE q RENAME TO _schemac_old_q;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE q (
    id   integer,
    code text,
    PRIMARY KEY (id),
    CONSTRAINT ck_q_code CHECK (code in ('a', 'b')),
    CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'q', count(*) FROM _schemac_old_q;
INSERT INTO q (id, code)
    SELECT id, code FROM _schemac_old_q;
DROP TABLE _schemac_old_q;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of u failed: rolled back, nothing changed" CHECK (tbl IS NOT 'u'),
    CONSTRAINT "rebuild of q failed: rolled back, nothing changed" CHECK (tbl IS NOT 'q'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'u' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'u' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'u')
    UNION ALL
    SELECT 'q' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'q' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'q');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'u' AND n <> (SELECT count(*) FROM u)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'q' AND n <> (SELECT count(*) FROM q);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of q reference missing rows of p"
        CHECK (NOT (tbl = 'q' COLLATE NOCASE AND parent = 'p' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: rows of v reference missing rows of u"
        CHECK (NOT (tbl = 'v' COLLATE NOCASE AND parent = 'u' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
