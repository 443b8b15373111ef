CREATE EXTENSION citext VERSION '1.6';
CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
