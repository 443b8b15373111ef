-- table rooms
ALTER TABLE rooms DROP CONSTRAINT ex_rooms_box;
ALTER TABLE rooms DROP CONSTRAINT ex_rooms_room;
DROP INDEX ix_rooms_name;
ALTER TABLE rooms
    ADD CONSTRAINT ex_rooms_box_room EXCLUDE USING gist (box WITH OPERATOR(ext.&&), room WITH <>);
ALTER TABLE rooms
    ADD CONSTRAINT ex_rooms_name EXCLUDE USING gist (name "ext"."gist_trgm_ops" WITH =);
ALTER TABLE rooms
    ADD CONSTRAINT ex_rooms_room EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE;
CREATE INDEX ix_rooms_name ON rooms USING gist (name "ext"."gist_trgm_ops" (siglen=64));
