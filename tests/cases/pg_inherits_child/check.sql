SELECT id, name, tableoid::regclass FROM vehicles ORDER BY id;
