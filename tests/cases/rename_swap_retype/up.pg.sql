-- table readings
ALTER TABLE readings RENAME COLUMN hi TO hi_schemac_tmp;
ALTER TABLE readings RENAME COLUMN lo TO hi;
ALTER TABLE readings RENAME COLUMN hi_schemac_tmp TO lo;
ALTER TABLE readings ALTER COLUMN hi TYPE bigint;

-- table sensors
ALTER TABLE probes RENAME TO probes_schemac_tmp;

-- table probes
ALTER TABLE sensors RENAME TO probes;

-- table sensors
ALTER TABLE probes_schemac_tmp RENAME TO sensors;
ALTER TABLE sensors RENAME CONSTRAINT pk_probes TO pk_probes_schemac_tmp;

-- table probes
ALTER TABLE probes RENAME CONSTRAINT pk_sensors TO pk_probes;

-- table sensors
ALTER TABLE sensors RENAME CONSTRAINT pk_probes_schemac_tmp TO pk_sensors;
ALTER TABLE sensors ALTER COLUMN depth TYPE integer;
