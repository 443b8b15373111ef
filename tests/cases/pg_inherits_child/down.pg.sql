-- table vehicles
-- HAZARD: drops column vehicles.color and its data
ALTER TABLE vehicles DROP COLUMN color;

-- table cars
-- HAZARD: drops column cars.seats and its data
ALTER TABLE cars DROP COLUMN seats;

-- table boats
-- HAZARD: drops table boats and all its rows
DROP TABLE boats;
