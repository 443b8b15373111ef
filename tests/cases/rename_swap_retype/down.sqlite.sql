-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table probes
-- HAZARD: type of sensors.depth changes from integer to smallint: values may not fit
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE sensors RENAME TO _schemac_old_sensors;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE sensors (
    id    integer,
    name  text     NOT NULL,
    depth smallint,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'probes', count(*) FROM _schemac_old_sensors;
INSERT INTO sensors (id, name, depth)
    SELECT id, name, depth FROM _schemac_old_sensors;
DROP TABLE _schemac_old_sensors;
ALTER TABLE sensors RENAME TO probes_schemac_tmp;

-- table sensors
ALTER TABLE probes RENAME TO sensors;

-- table probes
ALTER TABLE probes_schemac_tmp RENAME TO probes;

-- table readings
-- HAZARD: type of readings.hi changes from bigint to integer: values may not fit
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE readings RENAME TO _schemac_old_readings;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE readings (
    id  integer,
    lo  integer     NOT NULL,
    hi  integer,
    tag varchar(10),
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'readings', count(*) FROM _schemac_old_readings;
INSERT INTO readings (id, lo, hi, tag)
    SELECT id, hi, lo, tag FROM _schemac_old_readings;
DROP TABLE _schemac_old_readings;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of probes failed: rolled back, nothing changed" CHECK (tbl IS NOT 'probes'),
    CONSTRAINT "rebuild of readings failed: rolled back, nothing changed" CHECK (tbl IS NOT 'readings'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'probes' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'probes' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'probes')
    UNION ALL
    SELECT 'readings' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'readings' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'readings');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'probes' AND n <> (SELECT count(*) FROM probes)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'readings' AND n <> (SELECT count(*) FROM readings);
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
