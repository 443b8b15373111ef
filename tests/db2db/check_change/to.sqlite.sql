CREATE TABLE items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  price DECIMAL(10,2) CHECK (price >= 0),
  qty INTEGER NOT NULL CONSTRAINT items_qty_check CHECK(qty>=0),
  discount INTEGER,
  CONSTRAINT discount_range CHECK (discount >= 0 AND discount <= 90),
  CONSTRAINT items_price_qty CHECK ((price IS NULL) OR (qty < 1000))
);
