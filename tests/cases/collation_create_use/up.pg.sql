-- schema app
CREATE SCHEMA app;

-- collation bytes
CREATE COLLATION bytes (provider = libc, locale = 'C');

-- collation ci
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- table app.notes
CREATE TABLE app.notes (
    id   integer NOT NULL,
    body text    COLLATE ci,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);
CREATE INDEX ix_notes_body ON app.notes (body COLLATE ci);

-- table docs
ALTER TABLE docs ADD COLUMN slug text COLLATE bytes;
ALTER TABLE docs ALTER COLUMN title TYPE text COLLATE ci;
CREATE INDEX ix_docs_slug ON docs (slug COLLATE "C", id);
