-- A column dropped under a view: people_public reads people.nickname, so it
-- is dropped before the column and created again without it; people_names
-- reads people_public and is re-created with it; adults does not read the
-- column and is left alone.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    nickname text,
    age integer
);
CREATE VIEW people_public AS
    SELECT id, name, nickname FROM people;
CREATE VIEW people_names AS
    SELECT name FROM people_public;
CREATE VIEW adults AS
    SELECT id, name FROM people WHERE age >= 18;
