CREATE TABLE events (
    id serial PRIMARY KEY,
    kind character varying(30) NOT NULL,
    happened_at timestamp without time zone NOT NULL DEFAULT now(),
    user_id integer,
    payload text
);
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX idx_events_user ON events USING btree (user_id);
CREATE INDEX events_happened ON events (happened_at);
CREATE UNIQUE INDEX events_payload_kind ON events (kind, payload);
