-- table employees
CREATE TABLE employees (
    id            integer NOT NULL,
    department_id integer,
    mentor_id     integer,
    CONSTRAINT pk_employees PRIMARY KEY (id),
    CONSTRAINT fk_employees_mentor_id_employees FOREIGN KEY (mentor_id) REFERENCES employees (id)
);

-- table departments
CREATE TABLE departments (
    id         integer NOT NULL,
    manager_id integer,
    CONSTRAINT pk_departments PRIMARY KEY (id),
    CONSTRAINT fk_departments_manager_id_employees FOREIGN KEY (manager_id) REFERENCES employees (id)
);

-- table employees
ALTER TABLE employees
    ADD CONSTRAINT fk_employees_department_id_departments FOREIGN KEY (department_id) REFERENCES departments (id);
