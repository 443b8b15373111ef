-- table customers
ALTER TABLE customer RENAME TO customers;
ALTER TABLE customers RENAME COLUMN fname TO first_name;
ALTER TABLE customers RENAME CONSTRAINT pk_customer TO pk_customers;
ALTER TABLE customers ALTER COLUMN first_name TYPE character varying(100);
ALTER TABLE customers ALTER COLUMN score TYPE bigint;

-- table orders
ALTER TABLE orders RENAME CONSTRAINT fk_orders_customer_id_customer TO fk_orders_customer_id_customers;
