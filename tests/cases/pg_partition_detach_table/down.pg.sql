-- table events_old
ALTER TABLE events_old ALTER COLUMN payload DROP DEFAULT;
ALTER TABLE events_old ALTER COLUMN payload DROP NOT NULL;
-- HAZARD: drops column events_old.archived_on and its data
ALTER TABLE events_old DROP COLUMN archived_on;
ALTER TABLE events_old ADD COLUMN created_on date DEFAULT '2020-01-01';
-- HAZARD: attaches public.events_old to public.events FOR VALUES IN ('old', 'older'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE events ATTACH PARTITION events_old FOR VALUES IN ('old', 'older');
