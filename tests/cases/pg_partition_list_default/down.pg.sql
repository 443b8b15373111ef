-- table orders_us
-- HAZARD: drops table orders_us and all its rows
DROP TABLE orders_us;
