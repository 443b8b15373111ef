-- table settings
-- HAZARD: type of settings.level changes from text to integer: values may not fit
ALTER TABLE settings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE settings ALTER COLUMN level TYPE integer USING level::integer;
ALTER TABLE settings ALTER COLUMN level SET DEFAULT 1;
ALTER TABLE settings ALTER COLUMN ratio DROP DEFAULT;
ALTER TABLE settings ALTER COLUMN ratio TYPE double precision;
ALTER TABLE settings ALTER COLUMN ratio SET DEFAULT 0.5;
