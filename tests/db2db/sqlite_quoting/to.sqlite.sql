CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  "customer name" VARCHAR(100) NOT NULL,
  total DECIMAL(10,2) DEFAULT 0,
  note TEXT
);
CREATE INDEX orders_total_idx ON orders (total);
