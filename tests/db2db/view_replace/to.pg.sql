CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2),
    stock integer NOT NULL DEFAULT 0
);
CREATE VIEW in_stock AS
    SELECT id, name, price FROM items WHERE stock > 1;
CREATE VIEW cheap_in_stock AS
    SELECT id FROM in_stock WHERE id < 10;
CREATE VIEW priced AS
    SELECT id, name, (price * 1.2)::numeric(12,3) AS gross FROM items;
CREATE VIEW priced_names AS
    SELECT name FROM priced;
