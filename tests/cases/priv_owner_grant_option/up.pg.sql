-- privileges on schema app
GRANT USAGE ON SCHEMA app TO sc_owner WITH GRANT OPTION;

-- privileges on sequence app.counter
GRANT SELECT, USAGE ON SEQUENCE app.counter TO sc_owner WITH GRANT OPTION;

-- privileges on table app.notes
REVOKE GRANT OPTION FOR INSERT, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE app.notes FROM sc_owner;

-- privileges on table app.orders
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE app.orders TO sc_owner WITH GRANT OPTION;
GRANT SELECT (note) ON TABLE app.orders TO sc_owner WITH GRANT OPTION;

-- privileges on routine app.total(integer)
GRANT EXECUTE ON ROUTINE app.total(integer) TO sc_owner WITH GRANT OPTION;

-- default privileges
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner IN SCHEMA app GRANT USAGE ON SEQUENCES TO sc_owner WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES TO sc_owner WITH GRANT OPTION;
