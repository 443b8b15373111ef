-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table settings
-- HAZARD: type of settings.ratio changes from double precision to real: values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_settings (
    id    integer NOT NULL,
    level text    DEFAULT '1' NOT NULL,
    ratio real    DEFAULT 0.5,
    CONSTRAINT pk_settings PRIMARY KEY (id)
);
INSERT INTO _schemac_new_settings (id, level, ratio)
    SELECT id, level, ratio FROM settings;
DROP TABLE settings;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_settings RENAME TO settings;
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
