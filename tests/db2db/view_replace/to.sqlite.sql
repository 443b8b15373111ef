CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    price REAL,
    stock INTEGER NOT NULL DEFAULT 0
);
CREATE VIEW in_stock AS
    SELECT id, name, price FROM items WHERE stock > 1;
CREATE VIEW cheap_in_stock AS
    SELECT id FROM in_stock WHERE id < 10;
CREATE VIEW priced AS
    SELECT id, name, price * 1.2 AS gross FROM items;
