-- privileges on table orders
REVOKE SELECT, INSERT ON TABLE orders FROM sc_app;
GRANT SELECT, INSERT ON TABLE orders TO sc_reporting;
