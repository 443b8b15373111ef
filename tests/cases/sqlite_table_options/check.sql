SELECT 'events', id, body, hex(data) FROM events ORDER BY id;
SELECT 'kv', k, v FROM kv ORDER BY k;
SELECT 'counters', id, n FROM counters ORDER BY id;
SELECT 'tickets', id, title FROM tickets ORDER BY id;
SELECT 'tickets seq', seq FROM sqlite_sequence WHERE name = 'tickets';
