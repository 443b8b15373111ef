-- table cars
ALTER TABLE cars NO INHERIT vehicles;
-- HAZARD: drops column cars.color and its data
ALTER TABLE cars DROP COLUMN color;
