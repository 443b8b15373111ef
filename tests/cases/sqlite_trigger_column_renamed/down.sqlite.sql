-- table orders
ALTER TABLE orders RENAME COLUMN qty TO n;
