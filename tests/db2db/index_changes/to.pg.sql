CREATE TABLE events (
    id serial PRIMARY KEY,
    kind character varying(30) NOT NULL,
    happened_at timestamp without time zone NOT NULL DEFAULT now(),
    user_id integer,
    payload text
);
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX idx_events_user ON events USING btree (user_id, happened_at DESC);
CREATE UNIQUE INDEX events_payload_kind ON events (kind, payload);
CREATE INDEX events_recent_kind ON events (kind) WHERE user_id IS NOT NULL;
CREATE INDEX events_lower_kind ON events (lower((kind)::text));
