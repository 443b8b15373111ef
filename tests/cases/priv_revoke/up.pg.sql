-- privileges on schema app
REVOKE USAGE ON SCHEMA app FROM sc_reporting;

-- privileges on type app.mood
REVOKE USAGE ON TYPE app.mood FROM sc_app;

-- privileges on routine app.total(integer)
REVOKE EXECUTE ON ROUTINE app.total(integer) FROM sc_reporting;

-- privileges on sequence app.counter
REVOKE SELECT ON SEQUENCE app.counter FROM sc_app;

-- privileges on table app.orders
REVOKE DELETE ON TABLE app.orders FROM sc_app;
REVOKE GRANT OPTION FOR UPDATE ON TABLE app.orders FROM sc_app;
