SELECT id, kind, at, room, during, box::text FROM events ORDER BY id;
