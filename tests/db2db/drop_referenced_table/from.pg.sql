CREATE TABLE categories (
    id serial PRIMARY KEY,
    name character varying(50) NOT NULL,
    CONSTRAINT categories_name_key UNIQUE (name)
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    category_id integer,
    name text NOT NULL,
    CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories(id) ON DELETE CASCADE
);
CREATE TABLE category_tags (
    category_id integer NOT NULL REFERENCES categories ON DELETE CASCADE,
    tag varchar(30) NOT NULL,
    PRIMARY KEY (category_id, tag)
);
CREATE INDEX products_category_id_idx ON products (category_id);
