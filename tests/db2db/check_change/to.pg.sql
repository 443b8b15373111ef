CREATE TABLE items (
    id serial PRIMARY KEY,
    price numeric(10,2) CHECK (price >= 0),
    qty integer NOT NULL CONSTRAINT items_qty_check check ( qty >= 0 ),
    discount integer,
    CONSTRAINT discount_range CHECK (discount >= 0 AND discount <= 90),
    CONSTRAINT items_price_qty CHECK ((price IS NULL) OR (qty < 1000))
);
