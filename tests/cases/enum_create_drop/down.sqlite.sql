-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table things
-- HAZARD: drops column things.size and its data
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_things (
    id   integer  NOT NULL,
    kind old_kind,
    CONSTRAINT pk_things PRIMARY KEY (id),
    CONSTRAINT ck_things_kind_enum CHECK (kind IN ('a', 'b'))
);
INSERT INTO _schemac_new_things (id)
    SELECT id FROM things;
DROP TABLE things;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_things RENAME TO things;
PRAGMA legacy_alter_table = OFF;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
