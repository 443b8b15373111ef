-- table orders_2
ALTER TABLE orders_2
    ADD CONSTRAINT orders_2_pkey1 PRIMARY KEY (id);
CREATE INDEX orders_2_placed_on_idx1 ON orders_2 (placed_on);
-- HAZARD: attaches public.orders_2 to public.orders FOR VALUES FROM (1000) TO (2000): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE orders ATTACH PARTITION orders_2 FOR VALUES FROM (1000) TO (2000);
