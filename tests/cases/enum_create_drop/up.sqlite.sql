-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

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

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
