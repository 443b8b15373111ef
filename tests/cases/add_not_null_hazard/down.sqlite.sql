-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table drafts
-- HAZARD: drops column drafts.code and its data
-- HAZARD: adds NOT NULL column drafts.legacy without a default: fails if drafts has rows: give it a default or add it nullable, fill it, then set NOT NULL
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE drafts RENAME TO _schemac_old_drafts;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE drafts (
    id     integer,
    legacy text    NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'drafts', count(*) FROM _schemac_old_drafts;
INSERT INTO drafts (id)
    SELECT id FROM _schemac_old_drafts;
DROP TABLE _schemac_old_drafts;

-- table accounts
-- HAZARD: drops column accounts.created and its data
ALTER TABLE accounts DROP COLUMN created;
-- HAZARD: drops column accounts.note and its data
ALTER TABLE accounts DROP COLUMN note;
-- HAZARD: drops column accounts.active and its data
ALTER TABLE accounts DROP COLUMN active;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of drafts failed: rolled back, nothing changed" CHECK (tbl IS NOT 'drafts'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'drafts' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'drafts' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'drafts');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'drafts' AND n <> (SELECT count(*) FROM drafts);
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
