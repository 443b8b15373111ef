-- table orders
ALTER TABLE orders RENAME CONSTRAINT fk_orders_customer_id_customers TO fk_orders_customer_id_customer;

-- table customer
-- HAZARD: type of customers.score changes from bigint to integer: values may not fit
ALTER TABLE customers ALTER COLUMN score TYPE integer;
-- HAZARD: type of customers.first_name changes from character varying(100) to character varying(50): values may not fit
ALTER TABLE customers ALTER COLUMN first_name TYPE character varying(50);
ALTER TABLE customers RENAME CONSTRAINT pk_customers TO pk_customer;
ALTER TABLE customers RENAME COLUMN first_name TO fname;
ALTER TABLE customers RENAME TO customer;
