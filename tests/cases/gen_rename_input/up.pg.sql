-- table people
ALTER TABLE people RENAME COLUMN score TO points;
