CREATE TABLE products (
    id integer NOT NULL,
    sku character varying(20) NOT NULL,
    name character varying(50),
    price numeric(10,2) DEFAULT 0.00,
    stock smallint,
    weight real,
    released timestamp without time zone,
    code char(4),
    CONSTRAINT products_pkey PRIMARY KEY (id)
);
