SELECT id, room, level, note FROM rooms ORDER BY id;
