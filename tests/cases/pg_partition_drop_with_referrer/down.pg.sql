-- table events
CREATE TABLE events (
    id integer NOT NULL,
    at date    NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

-- table events_2024
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- table events_2023
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

-- table notes
CREATE TABLE notes (
    event_id integer NOT NULL,
    at       date    NOT NULL,
    body     text,
    CONSTRAINT fk_notes_event_id_events FOREIGN KEY (event_id, at) REFERENCES events (id, at)
);
