SELECT at, value, tableoid::regclass FROM metrics ORDER BY at;
