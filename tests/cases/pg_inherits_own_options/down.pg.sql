-- table cars
ALTER TABLE cars ALTER COLUMN model DROP NOT NULL;
ALTER TABLE cars ALTER COLUMN model SET DEFAULT 'x';

-- table vehicles
-- HAZARD: drops column vehicles.model and its data
ALTER TABLE vehicles DROP COLUMN model;

-- table trucks
-- HAZARD: drops table trucks and all its rows
DROP TABLE trucks;

-- table cars
ALTER TABLE cars ALTER COLUMN name DROP DEFAULT;
ALTER TABLE cars ALTER COLUMN name DROP NOT NULL;
ALTER TABLE cars ALTER COLUMN color SET DEFAULT 'red';

-- table boats
ALTER TABLE boats ALTER COLUMN color SET DEFAULT 'white';
