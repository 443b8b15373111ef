-- table people
ALTER TABLE people RENAME COLUMN points TO score;
