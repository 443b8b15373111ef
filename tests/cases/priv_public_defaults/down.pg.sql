-- privileges on routine app.total(integer)
REVOKE EXECUTE ON ROUTINE app.total(integer) FROM sc_reporting;
GRANT EXECUTE ON ROUTINE app.total(integer) TO PUBLIC;

-- privileges on type app.mood
GRANT USAGE ON TYPE app.mood TO PUBLIC;

-- privileges on routine app.secret()
REVOKE EXECUTE ON ROUTINE app.secret() FROM PUBLIC;
