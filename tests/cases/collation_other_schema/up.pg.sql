-- collation app."Split"
CREATE COLLATION app."Split" (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');

-- table docs
ALTER TABLE docs ADD COLUMN body text COLLATE "app"."c1";
ALTER TABLE docs ALTER COLUMN slug TYPE text COLLATE "app"."Split";
ALTER TABLE docs ALTER COLUMN title TYPE text COLLATE "app"."c1";
CREATE INDEX ix_docs_slug ON docs (slug COLLATE "app"."c1", id);
