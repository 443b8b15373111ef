CREATE TABLE logs (
    id serial PRIMARY KEY,
    line text NOT NULL
);
CREATE TABLE counters (
    id bigserial PRIMARY KEY,
    n integer DEFAULT 0
);
