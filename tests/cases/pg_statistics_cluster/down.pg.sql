-- table legacy
CREATE TABLE legacy (
    id   integer NOT NULL,
    note text,
    CONSTRAINT pk_legacy PRIMARY KEY (id)
);
ALTER TABLE legacy ALTER COLUMN note SET STATISTICS 20;
ALTER TABLE legacy REPLICA IDENTITY FULL;
ALTER TABLE legacy CLUSTER ON pk_legacy;

-- table orders
ALTER TABLE orders ALTER COLUMN total SET STATISTICS 50;
ALTER TABLE orders ALTER COLUMN placed SET STATISTICS -1;
ALTER TABLE orders ALTER COLUMN customer SET STATISTICS 500;
-- HAZARD: drops column orders.region and its data
ALTER TABLE orders DROP COLUMN region;
ALTER TABLE orders CLUSTER ON ix_orders_customer;

-- table notes
DROP INDEX ix_notes_body;
CREATE INDEX ix_notes_body ON notes (body);
ALTER TABLE notes CLUSTER ON ix_notes_body;

-- table lines
ALTER TABLE lines CLUSTER ON pk_lines;

-- table archive
-- HAZARD: drops table archive and all its rows
DROP TABLE archive;
