-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table n
CREATE TABLE n (
    id          integer,
    code        text    NOT NULL,
    parent_code text,
    PRIMARY KEY (id),
    CONSTRAINT fk_n_parent FOREIGN KEY (parent_code) REFERENCES n (code)
);
CREATE UNIQUE INDEX ux_n_code ON n (code);

-- table p
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

-- table r
CREATE TABLE r (
    id integer,
    a  integer NOT NULL,
    b  integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_r_ba ON r (b, a);

-- table s
CREATE TABLE s (
    id integer,
    a  integer,
    b  integer,
    PRIMARY KEY (id),
    CONSTRAINT ck_s_a CHECK (a in (1, 2)),
    CONSTRAINT fk_s_r FOREIGN KEY (a, b) REFERENCES r (a, b),
    CONSTRAINT fk_s_self FOREIGN KEY (b) REFERENCES s (id)
);

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
    CONSTRAINT "foreign key check failed: rows of q reference missing rows of p"
        CHECK (NOT (tbl = 'q' COLLATE NOCASE AND parent = 'p' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
