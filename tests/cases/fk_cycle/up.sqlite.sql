-- table employees
CREATE TABLE employees (
    id            integer,
    department_id integer,
    mentor_id     integer,
    PRIMARY KEY (id),
    FOREIGN KEY (department_id) REFERENCES departments (id),
    FOREIGN KEY (mentor_id) REFERENCES employees (id)
);

-- table departments
CREATE TABLE departments (
    id         integer,
    manager_id integer,
    PRIMARY KEY (id),
    FOREIGN KEY (manager_id) REFERENCES employees (id)
);
