-- table employees
ALTER TABLE employees DROP CONSTRAINT fk_employees_department_id_departments;

-- table departments
-- HAZARD: drops table departments and all its rows
DROP TABLE departments;

-- table employees
-- HAZARD: drops table employees and all its rows
DROP TABLE employees;
