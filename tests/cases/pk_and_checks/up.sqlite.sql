-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

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

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
