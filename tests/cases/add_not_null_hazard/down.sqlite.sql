-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table drafts
-- HAZARD: drops column drafts.code and its data
-- HAZARD: adds NOT NULL column drafts.legacy without a default: fails if drafts has rows: give it a default or add it nullable, fill it, then set NOT NULL
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_drafts (
    id     integer NOT NULL,
    legacy text    NOT NULL,
    CONSTRAINT pk_drafts PRIMARY KEY (id)
);
INSERT INTO _schemac_new_drafts (id)
    SELECT id FROM drafts;
DROP TABLE drafts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_drafts RENAME TO drafts;
PRAGMA legacy_alter_table = OFF;

-- table accounts
-- HAZARD: drops column accounts.note and its data
ALTER TABLE accounts DROP COLUMN note;
-- HAZARD: drops column accounts.created and its data
ALTER TABLE accounts DROP COLUMN created;
-- HAZARD: drops column accounts.active and its data
ALTER TABLE accounts DROP COLUMN active;

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
