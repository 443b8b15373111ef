-- table boats
CREATE TABLE boats (
    length_m numeric(6,2)
) INHERITS (vehicles);

-- table cars
ALTER TABLE cars ADD COLUMN seats integer;

-- table vehicles
ALTER TABLE vehicles ADD COLUMN color text;
