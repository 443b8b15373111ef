SELECT id, at, msg, tableoid::regclass FROM logs ORDER BY id;
SELECT id, tableoid::regclass FROM base ORDER BY id;
