CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind VARCHAR(30) NOT NULL,
  happened_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  user_id INTEGER,
  payload TEXT
);
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX idx_events_user ON events(user_id, happened_at DESC);
CREATE UNIQUE INDEX events_payload_kind ON events (kind, payload);
CREATE INDEX events_recent_kind ON events (kind) WHERE user_id IS NOT NULL;
CREATE INDEX events_lower_kind ON events (lower(kind));
