-- table orders_b
CREATE TABLE orders_b PARTITION OF orders FOR VALUES FROM (1000) TO (2000);
