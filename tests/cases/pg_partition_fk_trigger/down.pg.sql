-- table orders_b
-- HAZARD: drops table orders_b and all its rows
DROP TABLE orders_b;
