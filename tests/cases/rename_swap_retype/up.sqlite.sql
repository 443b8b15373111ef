-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table readings
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE readings RENAME TO _schemac_old_readings;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE readings (
    id  integer,
    hi  bigint      NOT NULL,
    lo  integer,
    tag varchar(10),
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'readings', count(*) FROM _schemac_old_readings;
INSERT INTO readings (id, hi, lo, tag)
    SELECT id, lo, hi, tag FROM _schemac_old_readings;
DROP TABLE _schemac_old_readings;

-- table sensors
ALTER TABLE probes RENAME TO probes_schemac_tmp;

-- table probes
ALTER TABLE sensors RENAME TO probes;

-- table sensors
ALTER TABLE probes_schemac_tmp RENAME TO sensors;
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE sensors RENAME TO _schemac_old_sensors;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE sensors (
    id    integer,
    name  text    NOT NULL,
    depth integer,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'sensors', count(*) FROM _schemac_old_sensors;
INSERT INTO sensors (id, name, depth)
    SELECT id, name, depth FROM _schemac_old_sensors;
DROP TABLE _schemac_old_sensors;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of readings failed: rolled back, nothing changed" CHECK (tbl IS NOT 'readings'),
    CONSTRAINT "rebuild of sensors failed: rolled back, nothing changed" CHECK (tbl IS NOT 'sensors'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'readings' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'readings' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'readings')
    UNION ALL
    SELECT 'sensors' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sensors' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'sensors');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'readings' AND n <> (SELECT count(*) FROM readings)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'sensors' AND n <> (SELECT count(*) FROM sensors);
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
