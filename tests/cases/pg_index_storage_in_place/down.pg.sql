-- table readings
DROP INDEX ix_readings_val;
ALTER TABLE readings DROP CONSTRAINT pk_readings;
CREATE INDEX ix_readings_val ON readings (val) WITH (fillfactor=70);
ALTER TABLE readings
    ADD CONSTRAINT pk_readings PRIMARY KEY (day) WITH (fillfactor=60);

-- table logs
ALTER INDEX ix_journal_msg SET (fillfactor=50);
ALTER TABLE journal RENAME CONSTRAINT pk_journal TO pk_logs;
ALTER INDEX ix_journal_msg RENAME TO ix_logs_msg;
ALTER TABLE journal RENAME TO logs;

-- table events
ALTER INDEX ix_events_kind_at RESET (fillfactor);
ALTER INDEX ix_events_kind SET (fillfactor=70);
ALTER INDEX ix_events_at SET (fillfactor=60, deduplicate_items=off);

-- materialized view event_kinds
ALTER INDEX ux_event_kinds_kind SET (fillfactor=70);
