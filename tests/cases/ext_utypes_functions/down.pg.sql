-- table notes
-- HAZARD: drops column notes.email and its data
ALTER TABLE notes DROP COLUMN email;

-- function app.norm(citext)
DROP FUNCTION app.norm(citext);

-- composite type app.pair
DROP TYPE app.pair;

-- domain app.label
DROP DOMAIN app.label;

-- domain app.email
DROP DOMAIN app.email;

-- range type app.cirange
DROP TYPE app.cirange;

-- extension citext
-- HAZARD: drops extension citext and every object it installed: it fails while columns, indexes or views still use them
DROP EXTENSION citext;

-- collation ci
-- HAZARD: drops collation ci: it fails while a column or index uses it
DROP COLLATION ci;

-- schema app
DROP SCHEMA app;
