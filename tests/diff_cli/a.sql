-- hand-written DDL, not by schemac: the "from" database
CREATE TABLE customers (
    id serial PRIMARY KEY,
    email varchar(120) NOT NULL UNIQUE,
    name text DEFAULT 'anon'::text,
    created timestamptz DEFAULT CURRENT_TIMESTAMP,
    score integer CHECK ((score >= 0))
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id),
    total numeric(10,2) NOT NULL DEFAULT 0
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX customers_lower_email ON customers (lower(email)) WHERE score > 0;
