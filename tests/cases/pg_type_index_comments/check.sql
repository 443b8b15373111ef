SELECT id, m, l, p, s FROM notes ORDER BY id;
