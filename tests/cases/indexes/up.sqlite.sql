-- table events
DROP INDEX ix_events_kind;
CREATE INDEX ix_events_kind ON events (kind, at DESC);
CREATE UNIQUE INDEX ix_events_lower_kind ON events ((lower(kind))) WHERE (payload is not null);
