CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE readings (
    id serial PRIMARY KEY,
    value integer,
    flag boolean,
    mood mood,
    at timestamp without time zone
);
