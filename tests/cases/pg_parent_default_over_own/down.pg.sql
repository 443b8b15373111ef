-- table vehicles
ALTER TABLE vehicles ALTER COLUMN color SET DEFAULT 'red';
ALTER TABLE cars ALTER COLUMN color SET DEFAULT 'blue';
ALTER TABLE sports_cars ALTER COLUMN color SET DEFAULT 'blue';

-- table readings
-- HAZARD: type of readings.level changes from bigint to integer: values may not fit
ALTER TABLE readings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE readings ALTER COLUMN level TYPE integer;
ALTER TABLE readings ALTER COLUMN level SET DEFAULT 1;
ALTER TABLE readings_low ALTER COLUMN level SET DEFAULT 5;
ALTER TABLE readings_low_a ALTER COLUMN level SET DEFAULT 5;
