-- table orders
CREATE INDEX ix_orders_qty ON orders (qty);
