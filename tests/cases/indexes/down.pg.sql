-- table events
DROP INDEX ix_events_lower_kind;
DROP INDEX ix_events_kind;
CREATE INDEX ix_events_kind ON events (kind);
