-- default privileges
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner REVOKE GRANT OPTION FOR SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES FROM sc_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE sc_owner IN SCHEMA app REVOKE USAGE ON SEQUENCES FROM sc_owner;

-- privileges on routine app.total(integer)
REVOKE GRANT OPTION FOR EXECUTE ON ROUTINE app.total(integer) FROM sc_owner;

-- privileges on table app.orders
REVOKE GRANT OPTION FOR SELECT (note) ON TABLE app.orders FROM sc_owner;
REVOKE GRANT OPTION FOR SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE app.orders FROM sc_owner;

-- privileges on table app.notes
GRANT INSERT, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE app.notes TO sc_owner WITH GRANT OPTION;

-- privileges on sequence app.counter
REVOKE GRANT OPTION FOR SELECT, USAGE ON SEQUENCE app.counter FROM sc_owner;

-- privileges on schema app
REVOKE GRANT OPTION FOR USAGE ON SCHEMA app FROM sc_owner;
