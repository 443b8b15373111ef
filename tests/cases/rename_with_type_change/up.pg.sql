-- table customers
ALTER TABLE customer RENAME TO customers;
ALTER TABLE customers RENAME COLUMN fname TO first_name;
ALTER TABLE customers ALTER COLUMN first_name TYPE character varying(100);
ALTER TABLE customers ALTER COLUMN score TYPE bigint;
