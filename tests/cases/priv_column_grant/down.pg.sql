-- privileges on table orders
REVOKE SELECT (note), UPDATE (note) ON TABLE orders FROM sc_app;
REVOKE REFERENCES (id) ON TABLE orders FROM sc_reporting;
REVOKE SELECT (id) ON TABLE orders FROM sc_app;
