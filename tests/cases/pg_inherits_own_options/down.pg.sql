-- table trucks
-- HAZARD: drops table trucks and all its rows
DROP TABLE trucks;

-- table cars
ALTER TABLE cars ALTER COLUMN name DROP DEFAULT;
ALTER TABLE cars ALTER COLUMN name DROP NOT NULL;
ALTER TABLE cars ALTER COLUMN color SET DEFAULT 'red';

-- table boats
ALTER TABLE boats ALTER COLUMN color SET DEFAULT 'white';
