SELECT id, name, manager_id FROM employees ORDER BY id;
