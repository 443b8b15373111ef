-- privileges on schema public
ALTER SCHEMA public OWNER TO sc_app;
