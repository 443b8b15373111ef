-- table items
ALTER TABLE items ADD COLUMN note text;
