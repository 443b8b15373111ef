-- table events
CREATE TABLE events (
    user_id integer NOT NULL,
    payload text
) PARTITION BY HASH (user_id);
CREATE INDEX events_user ON events (user_id);

-- table events_0
CREATE TABLE events_0 PARTITION OF events FOR VALUES WITH (modulus 3, remainder 0);

-- table events_1
CREATE TABLE events_1 PARTITION OF events FOR VALUES WITH (modulus 3, remainder 1);

-- table events_2
CREATE TABLE events_2 PARTITION OF events FOR VALUES WITH (modulus 3, remainder 2);
