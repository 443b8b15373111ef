-- table trucks
ALTER TABLE trucks INHERIT vehicles;

-- table vehicles
ALTER TABLE vehicles ADD COLUMN color text DEFAULT 'red';

-- table trucks
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'blue';

-- table vehicles
ALTER TABLE vehicles ADD COLUMN wheels integer;

-- table trucks
ALTER TABLE trucks ALTER COLUMN wheels SET DEFAULT 6;
