SELECT id, kind, user_id, payload FROM events ORDER BY id;
