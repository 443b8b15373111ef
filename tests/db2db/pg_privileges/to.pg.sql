-- Privileges and owners, database to database (--with-privileges): grants
-- moved between roles, narrowed to columns, given the grant option; PUBLIC's
-- defaults revoked and given back; owners and default privileges changed.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE TABLE app.orders (id integer PRIMARY KEY, note text, qty integer, mood app.mood);
CREATE SEQUENCE app.counter;
CREATE VIEW app.recent AS SELECT id, note FROM app.orders;
CREATE FUNCTION app.total(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n * 2';
GRANT USAGE ON SCHEMA app TO sc_app, sc_reporting;
GRANT SELECT, INSERT ON app.orders TO sc_app WITH GRANT OPTION;
GRANT SELECT (id, note) ON app.orders TO sc_reporting;
GRANT SELECT ON app.recent TO sc_app;
GRANT USAGE, SELECT ON SEQUENCE app.counter TO sc_app;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO sc_reporting;
ALTER TABLE app.orders OWNER TO sc_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO sc_reporting;
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner GRANT USAGE ON SEQUENCES TO sc_app;
