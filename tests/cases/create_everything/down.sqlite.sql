-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

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

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
