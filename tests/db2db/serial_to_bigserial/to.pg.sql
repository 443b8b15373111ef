CREATE TABLE logs (
    id bigserial PRIMARY KEY,
    line text NOT NULL
);
CREATE TABLE counters (
    id serial PRIMARY KEY,
    n bigint DEFAULT 0
);
