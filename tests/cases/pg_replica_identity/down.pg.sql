-- table logs
ALTER TABLE logs
    ADD CONSTRAINT uq_logs_at UNIQUE (at);
ALTER TABLE logs REPLICA IDENTITY USING INDEX uq_logs_at;

-- table items
DROP INDEX ux_items_sku;
CREATE UNIQUE INDEX ux_items_sku ON items (sku);
ALTER TABLE items REPLICA IDENTITY USING INDEX ux_items_sku;

-- table events
DROP INDEX ux_events_code;
ALTER TABLE events REPLICA IDENTITY DEFAULT;

-- table docs
ALTER TABLE docs REPLICA IDENTITY DEFAULT;
