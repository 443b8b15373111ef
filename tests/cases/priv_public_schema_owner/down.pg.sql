-- privileges on schema public
ALTER SCHEMA public OWNER TO pg_database_owner;
