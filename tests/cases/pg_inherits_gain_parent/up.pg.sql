-- table trucks
-- HAZARD: type of trucks.id changes from bigint to integer: values may not fit; and trucks.id becomes NOT NULL: fails if it holds NULLs
ALTER TABLE trucks ALTER COLUMN id TYPE integer;
ALTER TABLE trucks ALTER COLUMN id SET NOT NULL;
ALTER TABLE trucks
    ADD CONSTRAINT name_not_empty CHECK (name <> '');
ALTER TABLE trucks INHERIT vehicles;
