-- Privileges and owners, database to database (--with-privileges): grants
-- moved between roles, narrowed to columns, given the grant option; PUBLIC's
-- defaults revoked and given back; owners and default privileges changed.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE TABLE app.orders (id integer PRIMARY KEY, note text, qty integer, mood app.mood);
CREATE SEQUENCE app.counter;
CREATE VIEW app.recent AS SELECT id, note FROM app.orders;
CREATE FUNCTION app.total(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n * 2';
GRANT USAGE ON SCHEMA app TO sc_app;
GRANT SELECT, INSERT ON app.orders TO sc_app;
GRANT SELECT ON app.orders TO sc_reporting;
GRANT UPDATE (note) ON app.orders TO sc_reporting;
GRANT SELECT ON app.recent TO sc_reporting;
GRANT USAGE ON SEQUENCE app.counter TO sc_app;
REVOKE EXECUTE ON FUNCTION app.total(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.total(integer) TO sc_app;
ALTER VIEW app.recent OWNER TO sc_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner IN SCHEMA app GRANT SELECT ON TABLES TO sc_reporting;
