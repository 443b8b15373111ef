-- view truck_colors
-- re-created: reads trucks.color, which moves to its parent
DROP VIEW truck_colors;

-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'red';

-- view truck_colors
-- re-created: reads trucks.color, which moves to its parent
CREATE VIEW truck_colors AS
select id, color from trucks;
