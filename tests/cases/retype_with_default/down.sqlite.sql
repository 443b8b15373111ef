-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table settings
-- HAZARD: type of settings.ratio changes from double precision to real: values may not fit
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE settings RENAME TO _schemac_old_settings;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE settings (
    id    integer,
    level text    DEFAULT '1' NOT NULL,
    ratio real    DEFAULT 0.5,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'settings', count(*) FROM _schemac_old_settings;
INSERT INTO settings (id, level, ratio)
    SELECT id, level, ratio FROM _schemac_old_settings;
DROP TABLE _schemac_old_settings;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of settings failed: rolled back, nothing changed" CHECK (tbl IS NOT 'settings'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'settings' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'settings');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'settings' AND n <> (SELECT count(*) FROM settings);
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
