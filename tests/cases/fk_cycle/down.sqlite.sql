-- table departments
-- HAZARD: drops table departments and all its rows
DROP TABLE departments;

-- table employees
-- HAZARD: drops table employees and all its rows
DROP TABLE employees;
