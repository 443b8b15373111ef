-- hand-written DDL: the "to" database
CREATE TABLE customers (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    name text NOT NULL DEFAULT 'someone',
    created timestamptz DEFAULT now(),
    score bigint CHECK (score >= 0)
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(12,2) NOT NULL DEFAULT 0,
    note text
);
CREATE TABLE refunds (
    id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id)
);
CREATE INDEX orders_customer_idx ON orders (customer_id, total DESC);
