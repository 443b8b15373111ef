-- table trucks
ALTER TABLE trucks ALTER COLUMN color DROP DEFAULT;
-- public.trucks: color becomes the parent's alone (`with options`): INHERIT would keep it the table's own, so it is moved through a helper parent whose ADD COLUMN gives it to the table (its rows copied: the table is rewritten)
CREATE TABLE trucks_schemac_parent ();
ALTER TABLE trucks INHERIT trucks_schemac_parent;
ALTER TABLE trucks RENAME COLUMN color TO color_schemac_old;
ALTER TABLE trucks_schemac_parent ADD COLUMN color text;
UPDATE trucks SET color = color_schemac_old;
ALTER TABLE trucks DROP COLUMN color_schemac_old;
ALTER TABLE trucks INHERIT vehicles;
ALTER TABLE trucks NO INHERIT trucks_schemac_parent;
DROP TABLE trucks_schemac_parent;
