-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table accounts
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_accounts (
    id      integer                  NOT NULL,
    name    text                     NOT NULL,
    active  boolean                  DEFAULT true NOT NULL,
    note    text,
    created timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id)
);
INSERT INTO _schemac_new_accounts (id, name)
    SELECT id, name FROM accounts;
DROP TABLE accounts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_accounts RENAME TO accounts;
PRAGMA legacy_alter_table = OFF;

-- table drafts
-- HAZARD: drops column drafts.legacy and its data
-- HAZARD: adds NOT NULL column drafts.code without a default: fails if drafts has rows: give it a default or add it nullable, fill it, then set NOT NULL
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_drafts (
    id   integer NOT NULL,
    code text    NOT NULL,
    CONSTRAINT pk_drafts PRIMARY KEY (id)
);
INSERT INTO _schemac_new_drafts (id)
    SELECT id FROM drafts;
DROP TABLE drafts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_drafts RENAME TO drafts;
PRAGMA legacy_alter_table = OFF;

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
