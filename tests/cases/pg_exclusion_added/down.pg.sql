-- table zone
ALTER TABLE zone DROP CONSTRAINT ex_zone_area;

-- table booking
ALTER TABLE booking DROP CONSTRAINT ex_booking_room;
