-- table docs
ALTER TABLE docs REPLICA IDENTITY FULL;

-- table events
CREATE UNIQUE INDEX ux_events_code ON events (code);
ALTER TABLE events REPLICA IDENTITY USING INDEX ux_events_code;

-- table items
DROP INDEX ux_items_sku;
CREATE UNIQUE INDEX ux_items_sku ON items (sku, rev);
ALTER TABLE items REPLICA IDENTITY USING INDEX ux_items_sku;

-- table logs
ALTER TABLE logs DROP CONSTRAINT uq_logs_at;
ALTER TABLE logs REPLICA IDENTITY NOTHING;
