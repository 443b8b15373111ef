-- table blobs
CREATE TABLE blobs (
    id   integer NOT NULL,
    data bytea   COMPRESSION lz4,
    CONSTRAINT pk_blobs PRIMARY KEY (id)
);
ALTER TABLE blobs ALTER COLUMN data SET STORAGE external;

-- table docs
ALTER TABLE docs ADD COLUMN extra text COMPRESSION lz4;
ALTER TABLE docs ALTER COLUMN extra SET STORAGE external;
ALTER TABLE docs ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE docs ALTER COLUMN body SET STORAGE main;
ALTER TABLE docs ALTER COLUMN data SET COMPRESSION default;
DO $schemac$ BEGIN EXECUTE 'ALTER TABLE docs ALTER COLUMN data SET STORAGE ' || (SELECT CASE ty.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid WHERE a.attrelid = 'docs'::regclass AND a.attname = 'data'); END $schemac$;
ALTER TABLE docs ALTER COLUMN n SET STORAGE plain;
DO $schemac$ BEGIN EXECUTE 'ALTER TABLE docs ALTER COLUMN title SET STORAGE ' || (SELECT CASE ty.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid WHERE a.attrelid = 'docs'::regclass AND a.attname = 'title'); END $schemac$;
