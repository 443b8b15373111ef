-- table slot
ALTER TABLE slot DROP CONSTRAINT pk_slot;
ALTER TABLE slot DROP CONSTRAINT ex_slot_during;
ALTER TABLE slot DROP CONSTRAINT ex_slot_area;
ALTER TABLE slot
    ADD CONSTRAINT pk_slot PRIMARY KEY (id);
ALTER TABLE slot
    ADD CONSTRAINT ex_slot_during EXCLUDE USING gist (during WITH &&);
ALTER TABLE slot
    ADD CONSTRAINT ex_slot_area EXCLUDE USING gist (area WITH &&) WHERE (active);
