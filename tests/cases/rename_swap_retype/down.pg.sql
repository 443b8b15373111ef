-- table probes
-- HAZARD: type of sensors.depth changes from integer to smallint: values may not fit
ALTER TABLE sensors ALTER COLUMN depth TYPE smallint;
ALTER TABLE sensors RENAME CONSTRAINT pk_sensors TO pk_probes_schemac_tmp;

-- table sensors
ALTER TABLE probes RENAME CONSTRAINT pk_probes TO pk_sensors;

-- table probes
ALTER TABLE sensors RENAME CONSTRAINT pk_probes_schemac_tmp TO pk_probes;
ALTER TABLE sensors RENAME TO probes_schemac_tmp;

-- table sensors
ALTER TABLE probes RENAME TO sensors;

-- table probes
ALTER TABLE probes_schemac_tmp RENAME TO probes;

-- table readings
-- HAZARD: type of readings.hi changes from bigint to integer: values may not fit
ALTER TABLE readings ALTER COLUMN hi TYPE integer;
ALTER TABLE readings RENAME COLUMN lo TO hi_schemac_tmp;
ALTER TABLE readings RENAME COLUMN hi TO lo;
ALTER TABLE readings RENAME COLUMN hi_schemac_tmp TO hi;
