-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table paints
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_paints (
    id    integer NOT NULL,
    color color   DEFAULT 'red',
    CONSTRAINT pk_paints PRIMARY KEY (id),
    CONSTRAINT ck_paints_color_enum CHECK (color IN ('red', 'green', 'blue', 'unused'))
);
INSERT INTO _schemac_new_paints (id, color)
    SELECT id, color FROM paints;
DROP TABLE paints;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_paints RENAME TO paints;
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
