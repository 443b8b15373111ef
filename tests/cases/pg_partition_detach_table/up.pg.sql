-- table events_old
ALTER TABLE events DETACH PARTITION events_old;
-- HAZARD: drops column events_old.created_on and its data
ALTER TABLE events_old DROP COLUMN created_on;
ALTER TABLE events_old ADD COLUMN archived_on date;
-- HAZARD: events_old.payload becomes NOT NULL: fails if it holds NULLs
ALTER TABLE events_old ALTER COLUMN payload SET NOT NULL;
ALTER TABLE events_old ALTER COLUMN payload SET DEFAULT '';
