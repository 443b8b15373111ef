-- Extension versions changed both ways: citext goes up (PostgreSQL ships an
-- update path), hstore goes back (its scripts only go up, so ALTER EXTENSION
-- ... UPDATE TO an older version is refused: the extension, which nothing
-- uses here, is dropped and created at that version instead). The down
-- script does the same the other way round.
CREATE EXTENSION citext VERSION '1.4';
CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
