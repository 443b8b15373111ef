CREATE TABLE products (
    id bigint NOT NULL,
    sku character varying(40) NOT NULL,
    name text,
    price numeric(12,2) DEFAULT 0.00,
    stock integer,
    weight double precision,
    released timestamp with time zone,
    code character varying(4),
    CONSTRAINT products_pkey PRIMARY KEY (id)
);
