CREATE TABLE readings (
    id serial PRIMARY KEY,
    value text,
    flag integer,
    mood character varying(10),
    at character varying(30)
);
