-- table orders_2
-- HAZARD: creates partition public.orders_2 of public.orders FOR VALUES FROM (100) TO (200): PostgreSQL refuses it when the default partition public.orders_other holds rows of that bound (move them out of it first)
CREATE TABLE orders_2 PARTITION OF orders FOR VALUES FROM (100) TO (200);

-- table orders_4
-- HAZARD: attaches public.orders_4 to public.orders FOR VALUES FROM (300) TO (400): it fails if a row does not fit the bound (and scans every row to check); and PostgreSQL refuses it when the default partition public.orders_other holds rows of that bound (move them out of it first)
ALTER TABLE orders ATTACH PARTITION orders_4 FOR VALUES FROM (300) TO (400);

-- table orders_3
-- HAZARD: drops table orders_3 and all its rows
DROP TABLE orders_3;
