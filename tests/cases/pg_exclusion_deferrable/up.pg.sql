-- table slot
ALTER TABLE slot DROP CONSTRAINT ex_slot_area;
ALTER TABLE slot DROP CONSTRAINT ex_slot_during;
ALTER TABLE slot
    ADD CONSTRAINT ex_slot_area EXCLUDE USING gist (area WITH &&) INCLUDE (id) WHERE (active and id > 0) DEFERRABLE;
ALTER TABLE slot
    ADD CONSTRAINT ex_slot_during EXCLUDE USING gist (during WITH &&) DEFERRABLE INITIALLY DEFERRED;
