-- privileges on table orders
GRANT SELECT (id) ON TABLE orders TO sc_app;
GRANT REFERENCES (id) ON TABLE orders TO sc_reporting WITH GRANT OPTION;
GRANT SELECT (note), UPDATE (note) ON TABLE orders TO sc_app;
