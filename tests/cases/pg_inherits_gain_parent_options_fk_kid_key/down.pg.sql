-- table loads
-- re-created: references big_trucks (color, id), whose key changes
ALTER TABLE loads DROP CONSTRAINT fk_loads_big_trucks;

-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'red';

-- table loads
-- re-created: references big_trucks (color, id), whose key changes
ALTER TABLE loads
    ADD CONSTRAINT fk_loads_big_trucks FOREIGN KEY (truck_color, truck_id) REFERENCES big_trucks (color, id);
