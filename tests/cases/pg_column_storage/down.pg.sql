-- table docs
ALTER TABLE docs ALTER COLUMN title SET STORAGE external;
DO $schemac$ BEGIN EXECUTE 'ALTER TABLE docs ALTER COLUMN n SET STORAGE ' || (SELECT CASE ty.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid WHERE a.attrelid = 'docs'::regclass AND a.attname = 'n'); END $schemac$;
ALTER TABLE docs ALTER COLUMN data SET COMPRESSION pglz;
ALTER TABLE docs ALTER COLUMN data SET STORAGE main;
ALTER TABLE docs ALTER COLUMN body SET COMPRESSION lz4;
DO $schemac$ BEGIN EXECUTE 'ALTER TABLE docs ALTER COLUMN body SET STORAGE ' || (SELECT CASE ty.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid WHERE a.attrelid = 'docs'::regclass AND a.attname = 'body'); END $schemac$;
-- HAZARD: drops column docs.extra and its data
ALTER TABLE docs DROP COLUMN extra;

-- table blobs
-- HAZARD: drops table blobs and all its rows
DROP TABLE blobs;
