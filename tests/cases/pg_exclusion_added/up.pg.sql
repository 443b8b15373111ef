-- table booking
ALTER TABLE booking
    ADD CONSTRAINT ex_booking_room EXCLUDE USING gist (room WITH =, during WITH &&);
COMMENT ON CONSTRAINT ex_booking_room ON booking IS 'one booking per room at a time';

-- table zone
ALTER TABLE zone
    ADD CONSTRAINT ex_zone_area EXCLUDE USING gist (area WITH &&) INCLUDE (label) WHERE (label is not null);
