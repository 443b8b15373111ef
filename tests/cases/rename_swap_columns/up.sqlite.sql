-- table people
ALTER TABLE people RENAME COLUMN family TO family_schemac_tmp;
ALTER TABLE people RENAME COLUMN given TO family;
ALTER TABLE people RENAME COLUMN family_schemac_tmp TO given;
ALTER TABLE people RENAME COLUMN x TO x_schemac_tmp;
ALTER TABLE people RENAME COLUMN z TO x;
ALTER TABLE people RENAME COLUMN y TO z;
ALTER TABLE people RENAME COLUMN x_schemac_tmp TO y;
