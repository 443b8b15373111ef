INSERT INTO employees (name, manager_id) VALUES ('boss', NULL), ('worker', 1);
