-- table trucks
ALTER TABLE trucks NO INHERIT vehicles;
ALTER TABLE trucks DROP CONSTRAINT name_not_empty;
ALTER TABLE trucks ALTER COLUMN id TYPE bigint;
ALTER TABLE trucks ALTER COLUMN id DROP NOT NULL;
