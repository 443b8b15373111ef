CREATE TABLE countries (
  id INTEGER PRIMARY KEY,
  iso_code CHAR(2) NOT NULL,
  name TEXT
);
CREATE UNIQUE INDEX countries_iso_lower ON countries (lower(iso_code));
CREATE TABLE cities (
  id INTEGER PRIMARY KEY,
  country_code CHAR(2),
  country_id INTEGER REFERENCES countries,
  name TEXT NOT NULL
);
