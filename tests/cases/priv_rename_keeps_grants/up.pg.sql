-- table orders2
ALTER TABLE orders RENAME TO orders2;
ALTER TABLE orders2 RENAME COLUMN qty TO amount;
ALTER TABLE orders2 RENAME COLUMN note TO memo;
ALTER TABLE orders2 RENAME CONSTRAINT pk_orders TO pk_orders2;

-- table righty
ALTER TABLE lefty RENAME TO lefty_schemac_tmp;

-- table lefty
ALTER TABLE righty RENAME TO lefty;

-- table righty
ALTER TABLE lefty_schemac_tmp RENAME TO righty;
ALTER TABLE righty RENAME CONSTRAINT pk_lefty TO pk_lefty_schemac_tmp;

-- table lefty
ALTER TABLE lefty RENAME CONSTRAINT pk_righty TO pk_lefty;

-- table righty
ALTER TABLE righty RENAME CONSTRAINT pk_lefty_schemac_tmp TO pk_righty;
ALTER TABLE righty RENAME COLUMN x TO x_schemac_tmp;
ALTER TABLE righty RENAME COLUMN y TO x;
ALTER TABLE righty RENAME COLUMN x_schemac_tmp TO y;

-- view recent2
ALTER VIEW recent RENAME TO recent2;

-- materialized view totals2
ALTER MATERIALIZED VIEW totals RENAME TO totals2;

-- privileges on table recent2
ALTER VIEW recent2 OWNER TO sc_app;

-- privileges on table lefty
GRANT DELETE ON TABLE lefty TO sc_reporting;

-- privileges on table orders2
GRANT UPDATE (amount) ON TABLE orders2 TO sc_reporting;

-- privileges on table totals2
GRANT SELECT ON TABLE totals2 TO sc_app;
