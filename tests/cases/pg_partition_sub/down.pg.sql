-- table sales_2025_rest
-- HAZARD: drops table sales_2025_rest and all its rows
DROP TABLE sales_2025_rest;

-- table sales_2025_eu
-- HAZARD: drops table sales_2025_eu and all its rows
DROP TABLE sales_2025_eu;

-- table sales_2025
-- HAZARD: drops table sales_2025 and all its rows
DROP TABLE sales_2025;

-- table sales
DROP INDEX sales_region;
