-- Index storage parameters changed alone (altered in place), exclusion
-- constraints with operators outside pg_catalog (btree_gist in public, cube
-- in a schema of its own, pg_trgm's operator class there too), hand-written.
CREATE SCHEMA ext;
CREATE EXTENSION btree_gist;
CREATE EXTENSION cube WITH SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
CREATE TABLE events (
    id integer PRIMARY KEY,
    kind text,
    at timestamptz,
    room integer NOT NULL,
    during tstzrange,
    box ext.cube
);
CREATE INDEX events_kind_trgm ON events USING gist (kind ext.gist_trgm_ops (siglen = 32)) WITH (fillfactor = 85);
CREATE INDEX events_kind_idx ON events (kind) WITH (fillfactor = 90);
CREATE INDEX events_at_idx ON events (at);
ALTER TABLE events ADD CONSTRAINT events_room_excl EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE;
ALTER TABLE events ADD CONSTRAINT events_box_excl EXCLUDE USING gist (box WITH OPERATOR(ext.&&), room WITH <>);
