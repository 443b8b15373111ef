-- schema app
CREATE SCHEMA app;

-- collation ci
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- extension citext
CREATE EXTENSION IF NOT EXISTS citext;

-- range type app.cirange
CREATE TYPE app.cirange AS RANGE (
    subtype = citext
);

-- domain app.email
CREATE DOMAIN app.email AS citext
    CONSTRAINT email_check CHECK (value ~ '@');

-- domain app.label
CREATE DOMAIN app.label AS text COLLATE ci;

-- composite type app.pair
CREATE TYPE app.pair AS (
    a citext,
    b text COLLATE ci
);

-- function app.norm(citext)
SET check_function_bodies = false;
create function app.norm(x citext) returns citext language sql immutable as 'select lower(x)::citext';

-- table notes
ALTER TABLE notes ADD COLUMN email app.email;
