SELECT id, line FROM logs ORDER BY id;
SELECT id, n FROM counters ORDER BY id;
