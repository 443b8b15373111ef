-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
ALTER TABLE trucks ALTER COLUMN color SET DEFAULT 'red';
