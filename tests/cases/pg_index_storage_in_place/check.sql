SELECT id, kind, at FROM events ORDER BY id;
SELECT day, val FROM readings ORDER BY day;
