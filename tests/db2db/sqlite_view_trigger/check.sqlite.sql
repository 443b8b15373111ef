SELECT id, body FROM notes ORDER BY id;
SELECT msg FROM audit ORDER BY msg;
SELECT type, name FROM sqlite_schema WHERE type IN ('view', 'trigger') ORDER BY 1, 2;
SELECT id, body FROM notes_v ORDER BY id;
