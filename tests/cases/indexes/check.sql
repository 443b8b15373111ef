SELECT id, kind, payload FROM events ORDER BY id;
