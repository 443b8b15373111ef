SELECT id, region, total, tableoid::regclass FROM orders ORDER BY id;
