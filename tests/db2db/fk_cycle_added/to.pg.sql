CREATE TABLE employees (
    id serial PRIMARY KEY,
    name text NOT NULL,
    manager_id integer REFERENCES employees(id),
    department_id integer
);
CREATE TABLE departments (
    id serial PRIMARY KEY,
    head_id integer REFERENCES employees (id) ON DELETE SET NULL,
    title character varying(60) NOT NULL
);
ALTER TABLE ONLY employees
    ADD CONSTRAINT employees_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments(id);
