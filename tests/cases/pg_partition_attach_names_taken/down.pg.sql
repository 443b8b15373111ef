-- table orders_2
ALTER TABLE orders DETACH PARTITION orders_2;
DROP INDEX orders_2_placed_on_idx1;
ALTER TABLE orders_2 DROP CONSTRAINT orders_2_pkey1;
