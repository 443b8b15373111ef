CREATE TABLE countries (
  id INTEGER PRIMARY KEY,
  iso_code CHAR(2) NOT NULL UNIQUE,
  name TEXT
);
CREATE TABLE cities (
  id INTEGER PRIMARY KEY,
  country_code CHAR(2) REFERENCES countries (iso_code),
  name TEXT NOT NULL
);
