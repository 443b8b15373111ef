-- table bookings
-- HAZARD: drops column bookings."window" and its data
ALTER TABLE bookings DROP COLUMN "window";

-- range type floatrange
DROP TYPE floatrange;
