-- table people
ALTER TABLE people RENAME CONSTRAINT ck_people_score TO ck_people_points;
ALTER TABLE people RENAME COLUMN score TO points;
