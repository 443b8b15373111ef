-- table orders_us
-- HAZARD: creates partition public.orders_us of public.orders FOR VALUES IN ('us'): PostgreSQL refuses it when the default partition public.orders_other holds rows of that bound (move them out of it first)
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
