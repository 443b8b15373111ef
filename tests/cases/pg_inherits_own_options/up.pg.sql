-- table boats
ALTER TABLE boats ALTER COLUMN color SET DEFAULT 'red';

-- table cars
ALTER TABLE cars ALTER COLUMN color DROP DEFAULT;
-- HAZARD: cars.name becomes NOT NULL: fails if it holds NULLs
ALTER TABLE cars ALTER COLUMN name SET NOT NULL;
ALTER TABLE cars ALTER COLUMN name SET DEFAULT 'car';

-- table trucks
CREATE TABLE trucks (
    axles integer
) INHERITS (vehicles);
ALTER TABLE trucks ALTER COLUMN name SET NOT NULL;

-- table vehicles
ALTER TABLE vehicles ADD COLUMN model text DEFAULT 'x';

-- table cars
-- HAZARD: cars.model becomes NOT NULL: fails if it holds NULLs
ALTER TABLE cars ALTER COLUMN model SET NOT NULL;
ALTER TABLE cars ALTER COLUMN model SET DEFAULT 'car';
