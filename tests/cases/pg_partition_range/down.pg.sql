-- table measurements_2024
-- HAZARD: drops table measurements_2024 and all its rows
DROP TABLE measurements_2024;

-- table measurements
DROP INDEX measurements_reading;
ALTER TABLE measurements DROP CONSTRAINT reading_positive;
