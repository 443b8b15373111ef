-- table orders_2
ALTER TABLE orders_2 RENAME CONSTRAINT pk_orders_2 TO orders_2_pkey;
ALTER TABLE orders_2 RENAME CONSTRAINT fk_orders_2_customer_id_customers TO fk_orders_customer_id_customers;
CREATE INDEX orders_2_placed_on_idx ON orders_2 (placed_on);
ALTER TABLE orders_2
    ADD CONSTRAINT orders_2_id_placed_on_key UNIQUE (id, placed_on);
-- HAZARD: attaches public.orders_2 to public.orders FOR VALUES FROM (1000) TO (2000): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE orders ATTACH PARTITION orders_2 FOR VALUES FROM (1000) TO (2000);
