-- table people
ALTER TABLE people RENAME COLUMN y TO x_schemac_tmp;
ALTER TABLE people RENAME COLUMN z TO y;
ALTER TABLE people RENAME COLUMN x TO z;
ALTER TABLE people RENAME COLUMN x_schemac_tmp TO x;
ALTER TABLE people RENAME COLUMN given TO family_schemac_tmp;
ALTER TABLE people RENAME COLUMN family TO given;
ALTER TABLE people RENAME COLUMN family_schemac_tmp TO family;
