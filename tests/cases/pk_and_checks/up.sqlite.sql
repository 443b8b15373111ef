-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table versions
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_versions (
    id    integer NOT NULL,
    ver   integer NOT NULL,
    label text,
    CONSTRAINT pk_versions PRIMARY KEY (id, ver),
    CONSTRAINT ck_versions_label CHECK (label <> ''),
    CONSTRAINT ck_versions_ver CHECK (ver >= 1)
);
INSERT INTO _schemac_new_versions (id, ver, label)
    SELECT id, ver, label FROM versions;
DROP TABLE versions;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_versions RENAME TO versions;
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
