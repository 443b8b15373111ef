-- range type floatrange
CREATE TYPE floatrange AS RANGE (
    subtype = double precision,
    subtype_diff = float8mi
);
COMMENT ON TYPE floatrange IS 'a range of doubles';

-- table bookings
ALTER TABLE bookings ADD COLUMN "window" floatrange;
