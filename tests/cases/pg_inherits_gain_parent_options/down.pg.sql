-- table trucks
ALTER TABLE trucks ALTER COLUMN wheels DROP DEFAULT;

-- table vehicles
-- HAZARD: drops column vehicles.wheels and its data
ALTER TABLE vehicles DROP COLUMN wheels;

-- table trucks
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'red';

-- table vehicles
-- HAZARD: drops column vehicles.color and its data
ALTER TABLE vehicles DROP COLUMN color;

-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
