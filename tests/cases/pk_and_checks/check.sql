SELECT id, ver, label FROM versions ORDER BY id;
