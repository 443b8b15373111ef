CREATE TABLE items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  price DECIMAL(10,2) CHECK (price > 0),
  qty INTEGER NOT NULL CONSTRAINT items_qty_check CHECK(qty>=0),
  discount INTEGER,
  CONSTRAINT discount_range CHECK (discount BETWEEN 0 AND 50)
);
