-- table items
-- HAZARD: drops column items.active and its data
ALTER TABLE items DROP COLUMN active;
-- HAZARD: drops column items.note and its data
ALTER TABLE items DROP COLUMN note;
-- HAZARD: drops column items.qty and its data
ALTER TABLE items DROP COLUMN qty;
ALTER TABLE items ADD COLUMN legacy text;
