-- table orders
DROP INDEX ix_orders_qty;
