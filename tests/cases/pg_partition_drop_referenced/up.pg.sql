-- table orders_2023
-- HAZARD: drops table orders_2023 and all its rows
-- detached first: a foreign key references its parent, and DETACH checks no row references it
ALTER TABLE orders DETACH PARTITION orders_2023;
DROP TABLE orders_2023;
