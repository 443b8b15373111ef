CREATE TABLE countries (
    id serial PRIMARY KEY,
    iso_code character(2) NOT NULL,
    name text
);
CREATE UNIQUE INDEX countries_iso_lower ON countries (lower(iso_code));
CREATE TABLE cities (
    id serial PRIMARY KEY,
    country_code character(2),
    country_id integer REFERENCES countries,
    name text NOT NULL
);
