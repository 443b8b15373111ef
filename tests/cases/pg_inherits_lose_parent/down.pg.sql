-- table cars
ALTER TABLE cars ADD COLUMN color text;
ALTER TABLE cars INHERIT vehicles;
