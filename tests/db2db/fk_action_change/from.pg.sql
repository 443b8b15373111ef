CREATE TABLE authors (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE books (
    id serial PRIMARY KEY,
    author_id integer REFERENCES authors(id) ON DELETE CASCADE,
    editor_id integer,
    title character varying(200) NOT NULL,
    CONSTRAINT books_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES authors (id)
);
