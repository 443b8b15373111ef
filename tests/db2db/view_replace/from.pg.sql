-- A view whose query changes compatibly (same leading columns, one more at
-- the end: CREATE OR REPLACE, the view reading it left alone) and one whose
-- query changes incompatibly (a column renamed and retyped: drop and create,
-- and the view reading it re-created).
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2),
    stock integer NOT NULL DEFAULT 0
);
CREATE VIEW in_stock AS
    SELECT id, name FROM items WHERE stock > 0;
CREATE VIEW cheap_in_stock AS
    SELECT id FROM in_stock WHERE id < 10;
CREATE VIEW priced AS
    SELECT id, name, price FROM items;
CREATE VIEW priced_names AS
    SELECT name FROM priced;
