SELECT id, room, during, kind FROM booking ORDER BY id;
SELECT id, area, label FROM zone ORDER BY id;
