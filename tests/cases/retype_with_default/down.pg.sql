-- table settings
-- HAZARD: type of settings.ratio changes from double precision to real: values may not fit
ALTER TABLE settings ALTER COLUMN ratio DROP DEFAULT;
ALTER TABLE settings ALTER COLUMN ratio TYPE real;
ALTER TABLE settings ALTER COLUMN ratio SET DEFAULT 0.5;
ALTER TABLE settings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE settings ALTER COLUMN level TYPE text USING level::text;
ALTER TABLE settings ALTER COLUMN level SET DEFAULT '1';
