-- table orders_us
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
