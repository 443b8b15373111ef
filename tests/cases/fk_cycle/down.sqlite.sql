-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table departments
-- HAZARD: drops table departments and all its rows
DROP TABLE departments;

-- table employees
-- HAZARD: drops table employees and all its rows
DROP TABLE employees;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
