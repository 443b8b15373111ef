-- privileges on routine app.total(integer)
ALTER ROUTINE app.total(integer) OWNER TO sc_owner;

-- privileges on table app.recent
ALTER VIEW app.recent OWNER TO sc_owner;

-- privileges on type app.positive
ALTER DOMAIN app.positive OWNER TO sc_owner;

-- privileges on table app.orders
ALTER TABLE app.orders OWNER TO sc_owner;

-- privileges on type app.mood
ALTER TYPE app.mood OWNER TO sc_owner;

-- privileges on sequence app.counter
ALTER SEQUENCE app.counter OWNER TO sc_owner;

-- privileges on schema app
ALTER SCHEMA app OWNER TO sc_owner;
