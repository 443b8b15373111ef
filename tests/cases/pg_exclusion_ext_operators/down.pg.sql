-- table rooms
DROP INDEX ix_rooms_name;
ALTER TABLE rooms DROP CONSTRAINT ex_rooms_room;
ALTER TABLE rooms DROP CONSTRAINT ex_rooms_name;
ALTER TABLE rooms DROP CONSTRAINT ex_rooms_box_room;
CREATE INDEX ix_rooms_name ON rooms USING gist (name "ext"."gist_trgm_ops");
ALTER TABLE rooms
    ADD CONSTRAINT ex_rooms_room EXCLUDE USING gist (room WITH =, during WITH &&);
ALTER TABLE rooms
    ADD CONSTRAINT ex_rooms_box EXCLUDE USING gist (box WITH OPERATOR(ext.&&));
