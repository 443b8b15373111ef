-- table people
ALTER TABLE people RENAME COLUMN points TO score;
ALTER TABLE people RENAME CONSTRAINT ck_people_points TO ck_people_score;
