-- table orders
ALTER TABLE orders RENAME COLUMN n TO qty;
