CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  manager_id INTEGER REFERENCES employees(id),
  department_id INTEGER REFERENCES departments(id)
);
CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  head_id INTEGER REFERENCES employees (id) ON DELETE SET NULL,
  title VARCHAR(60) NOT NULL
);
