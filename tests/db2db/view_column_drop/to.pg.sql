CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE VIEW people_public AS
    SELECT id, name FROM people;
CREATE VIEW people_names AS
    SELECT name FROM people_public;
CREATE VIEW adults AS
    SELECT id, name FROM people WHERE age >= 18;
