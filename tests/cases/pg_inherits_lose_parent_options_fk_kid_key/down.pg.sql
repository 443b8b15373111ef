-- table trucks
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'blue';

-- table loads
-- re-created: references big_trucks (color, id), whose key changes
ALTER TABLE loads DROP CONSTRAINT fk_loads_big_trucks;

-- table trucks
-- public.trucks: color becomes the parent's alone (`with options`): INHERIT would keep it the table's own, so it is moved through a helper parent whose ADD COLUMN gives it to the table (its rows copied: the table is rewritten)
CREATE TABLE trucks_schemac_parent ();
ALTER TABLE trucks INHERIT trucks_schemac_parent;
ALTER TABLE trucks RENAME COLUMN color TO color_schemac_old;
ALTER TABLE trucks_schemac_parent ADD COLUMN color text;
UPDATE trucks SET color = color_schemac_old;
ALTER TABLE trucks DROP COLUMN color_schemac_old;
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'blue';
ALTER TABLE trucks ALTER COLUMN color SET NOT NULL;
ALTER TABLE trucks INHERIT vehicles;
ALTER TABLE big_trucks
    ADD CONSTRAINT uq_big_trucks_color_id UNIQUE (color, id);
ALTER TABLE trucks NO INHERIT trucks_schemac_parent;
DROP TABLE trucks_schemac_parent;

-- table loads
-- re-created: references big_trucks (color, id), whose key changes
ALTER TABLE loads
    ADD CONSTRAINT fk_loads_big_trucks FOREIGN KEY (truck_color, truck_id) REFERENCES big_trucks (color, id);
