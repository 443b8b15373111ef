-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table probes
-- HAZARD: type of sensors.depth changes from integer to smallint: values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_sensors (
    id    integer  NOT NULL,
    name  text     NOT NULL,
    depth smallint,
    CONSTRAINT pk_probes PRIMARY KEY (id)
);
INSERT INTO _schemac_new_sensors (id, name, depth)
    SELECT id, name, depth FROM sensors;
DROP TABLE sensors;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_sensors RENAME TO sensors;
PRAGMA legacy_alter_table = OFF;
ALTER TABLE sensors RENAME TO probes_schemac_tmp;

-- table sensors
ALTER TABLE probes RENAME TO sensors;

-- table probes
ALTER TABLE probes_schemac_tmp RENAME TO probes;

-- table readings
-- HAZARD: type of readings.hi changes from bigint to integer: values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_readings (
    id  integer               NOT NULL,
    lo  integer               NOT NULL,
    hi  integer,
    tag character varying(10),
    CONSTRAINT pk_readings PRIMARY KEY (id)
);
INSERT INTO _schemac_new_readings (id, lo, hi, tag)
    SELECT id, hi, lo, tag FROM readings;
DROP TABLE readings;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_readings RENAME TO readings;
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
