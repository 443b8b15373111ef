CREATE TABLE items (
    id serial PRIMARY KEY,
    price numeric(10,2) CHECK (price > 0),
    qty integer NOT NULL CONSTRAINT items_qty_check CHECK(qty>=0),
    discount integer,
    CONSTRAINT discount_range CHECK (discount BETWEEN 0 AND 50)
);
