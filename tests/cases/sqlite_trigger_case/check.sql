SELECT id, n FROM t ORDER BY id; SELECT count(*) FROM log;
