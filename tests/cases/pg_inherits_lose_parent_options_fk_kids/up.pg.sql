-- table paints
-- re-created: references trucks (color, id), whose key changes
ALTER TABLE paints DROP CONSTRAINT fk_paints_trucks;

-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'red';

-- table paints
-- re-created: references trucks (color, id), whose key changes
ALTER TABLE paints
    ADD CONSTRAINT fk_paints_trucks FOREIGN KEY (truck_color, truck_id) REFERENCES trucks (color, id);
