-- materialized view event_kinds
ALTER INDEX ux_event_kinds_kind SET (fillfactor=90);

-- table events
ALTER INDEX ix_events_at SET (deduplicate_items=on);
ALTER INDEX ix_events_at RESET (fillfactor);
ALTER INDEX ix_events_kind SET (fillfactor=90);
ALTER INDEX ix_events_kind_at SET (fillfactor=80);

-- table journal
ALTER TABLE logs RENAME TO journal;
ALTER INDEX ix_logs_msg RENAME TO ix_journal_msg;
ALTER TABLE journal RENAME CONSTRAINT pk_logs TO pk_journal;
ALTER INDEX ix_journal_msg RESET (fillfactor);

-- table readings
ALTER TABLE readings DROP CONSTRAINT pk_readings;
DROP INDEX ix_readings_val;
ALTER TABLE readings
    ADD CONSTRAINT pk_readings PRIMARY KEY (day) WITH (fillfactor=90);
CREATE INDEX ix_readings_val ON readings (val) WITH (fillfactor=80);
