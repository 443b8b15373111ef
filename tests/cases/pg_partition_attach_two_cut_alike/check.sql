SELECT id, recorded_at, tableoid::regclass FROM events ORDER BY id;
