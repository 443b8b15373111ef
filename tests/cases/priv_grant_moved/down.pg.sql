-- privileges on table orders
REVOKE SELECT, INSERT ON TABLE orders FROM sc_reporting;
GRANT SELECT, INSERT ON TABLE orders TO sc_app;
