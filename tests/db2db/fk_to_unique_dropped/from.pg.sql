CREATE TABLE countries (
    id serial PRIMARY KEY,
    iso_code character(2) NOT NULL,
    name text,
    CONSTRAINT countries_iso_code_key UNIQUE (iso_code)
);
CREATE TABLE cities (
    id serial PRIMARY KEY,
    country_code character(2) REFERENCES countries (iso_code),
    name text NOT NULL
);
