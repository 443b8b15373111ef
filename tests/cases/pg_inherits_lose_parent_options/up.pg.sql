-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
