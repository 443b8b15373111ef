-- privileges on table app.orders
GRANT UPDATE, DELETE ON TABLE app.orders TO sc_app WITH GRANT OPTION;

-- privileges on sequence app.counter
GRANT SELECT ON SEQUENCE app.counter TO sc_app;

-- privileges on routine app.total(integer)
GRANT EXECUTE ON ROUTINE app.total(integer) TO sc_reporting;

-- privileges on type app.mood
GRANT USAGE ON TYPE app.mood TO sc_app;

-- privileges on schema app
GRANT USAGE ON SCHEMA app TO sc_reporting;
