-- table orders_2
ALTER TABLE orders DETACH PARTITION orders_2;
DROP INDEX orders_2_placed_on_idx;
ALTER TABLE orders_2 DROP CONSTRAINT orders_2_id_placed_on_key;
ALTER TABLE orders_2 RENAME CONSTRAINT orders_2_pkey TO pk_orders_2;
ALTER TABLE orders_2 RENAME CONSTRAINT fk_orders_customer_id_customers TO fk_orders_2_customer_id_customers;
