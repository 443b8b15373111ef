-- privileges on routine app.secret()
GRANT EXECUTE ON ROUTINE app.secret() TO PUBLIC;

-- privileges on type app.mood
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;

-- privileges on routine app.total(integer)
REVOKE EXECUTE ON ROUTINE app.total(integer) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE app.total(integer) TO sc_reporting;
