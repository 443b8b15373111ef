-- table orders_3
-- HAZARD: creates partition public.orders_3 of public.orders FOR VALUES FROM (200) TO (300): PostgreSQL refuses it when the default partition public.orders_other holds rows of that bound (move them out of it first)
CREATE TABLE orders_3 PARTITION OF orders FOR VALUES FROM (200) TO (300);

-- table orders_4
ALTER TABLE orders DETACH PARTITION orders_4;

-- table orders_2
-- HAZARD: drops table orders_2 and all its rows
DROP TABLE orders_2;
