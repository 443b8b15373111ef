-- table inventory
-- HAZARD: drops table inventory and all its rows
DROP TABLE inventory;

-- table warehouses
-- HAZARD: drops table warehouses and all its rows
DROP TABLE warehouses;

-- table reviews
-- HAZARD: drops table reviews and all its rows
DROP TABLE reviews;

-- table order_items
-- HAZARD: drops table order_items and all its rows
DROP TABLE order_items;

-- table products
-- HAZARD: drops table products and all its rows
DROP TABLE products;

-- table payments
-- HAZARD: drops table payments and all its rows
DROP TABLE payments;

-- table orders
-- HAZARD: drops table orders and all its rows
DROP TABLE orders;

-- table customers
ALTER TABLE customers DROP CONSTRAINT fk_customers_default_address;

-- table addresses
-- HAZARD: drops table addresses and all its rows
DROP TABLE addresses;

-- table customers
-- HAZARD: drops table customers and all its rows
DROP TABLE customers;

-- table coupons
-- HAZARD: drops table coupons and all its rows
DROP TABLE coupons;

-- table categories
-- HAZARD: drops table categories and all its rows
DROP TABLE categories;

-- enum payment_method
DROP TYPE payment_method;

-- enum order_status
DROP TYPE order_status;
