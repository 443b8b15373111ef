CREATE TABLE products (
    id serial PRIMARY KEY,
    category_id integer,
    name text NOT NULL
);
