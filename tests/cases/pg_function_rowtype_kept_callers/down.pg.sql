-- table items
-- HAZARD: drops column items.note and its data
ALTER TABLE items DROP COLUMN note;
