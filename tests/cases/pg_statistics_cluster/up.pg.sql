-- table archive
CREATE TABLE archive (
    id   integer NOT NULL,
    code text    NOT NULL,
    at   integer,
    CONSTRAINT pk_archive PRIMARY KEY (id)
);
ALTER TABLE archive ALTER COLUMN code SET STATISTICS 400;
CREATE INDEX ix_archive_at ON archive (at);
CREATE UNIQUE INDEX ux_archive_code ON archive (code);
ALTER TABLE archive REPLICA IDENTITY USING INDEX ux_archive_code;
ALTER TABLE archive CLUSTER ON ix_archive_at;

-- table lines
ALTER TABLE lines SET WITHOUT CLUSTER;

-- table notes
DROP INDEX ix_notes_body;
CREATE INDEX ix_notes_body ON notes (body, id);
ALTER TABLE notes CLUSTER ON ix_notes_body;

-- table orders
ALTER TABLE orders ADD COLUMN region text;
ALTER TABLE orders ALTER COLUMN region SET STATISTICS 0;
ALTER TABLE orders ALTER COLUMN customer SET STATISTICS -1;
ALTER TABLE orders ALTER COLUMN placed SET STATISTICS 1000;
ALTER TABLE orders ALTER COLUMN total SET STATISTICS 200;
ALTER TABLE orders CLUSTER ON ix_orders_placed;

-- table legacy
-- HAZARD: drops table legacy and all its rows
DROP TABLE legacy;
