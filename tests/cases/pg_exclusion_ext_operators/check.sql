SELECT id, room, during, box::text, name FROM rooms ORDER BY id;
