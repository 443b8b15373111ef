-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table things
-- HAZARD: drops column things.kind and its data
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_things (
    id   integer NOT NULL,
    size size    DEFAULT 'small' NOT NULL,
    CONSTRAINT pk_things PRIMARY KEY (id),
    CONSTRAINT ck_things_size_enum CHECK (size IN ('small', 'large'))
);
INSERT INTO _schemac_new_things (id)
    SELECT id FROM things;
DROP TABLE things;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_things RENAME TO things;
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
