-- privileges on table totals2
REVOKE SELECT ON TABLE totals2 FROM sc_app;

-- privileges on table orders2
REVOKE UPDATE (amount) ON TABLE orders2 FROM sc_reporting;

-- privileges on table lefty
REVOKE DELETE ON TABLE lefty FROM sc_reporting;

-- privileges on table recent2
ALTER VIEW recent2 OWNER TO sc_owner;

-- materialized view totals
ALTER MATERIALIZED VIEW totals2 RENAME TO totals;

-- view recent
ALTER VIEW recent2 RENAME TO recent;

-- table lefty
ALTER TABLE righty RENAME COLUMN y TO x_schemac_tmp;
ALTER TABLE righty RENAME COLUMN x TO y;
ALTER TABLE righty RENAME COLUMN x_schemac_tmp TO x;
ALTER TABLE righty RENAME CONSTRAINT pk_righty TO pk_lefty_schemac_tmp;

-- table righty
ALTER TABLE lefty RENAME CONSTRAINT pk_lefty TO pk_righty;

-- table lefty
ALTER TABLE righty RENAME CONSTRAINT pk_lefty_schemac_tmp TO pk_lefty;
ALTER TABLE righty RENAME TO lefty_schemac_tmp;

-- table righty
ALTER TABLE lefty RENAME TO righty;

-- table lefty
ALTER TABLE lefty_schemac_tmp RENAME TO lefty;

-- table orders
ALTER TABLE orders2 RENAME CONSTRAINT pk_orders2 TO pk_orders;
ALTER TABLE orders2 RENAME COLUMN memo TO note;
ALTER TABLE orders2 RENAME COLUMN amount TO qty;
ALTER TABLE orders2 RENAME TO orders;
