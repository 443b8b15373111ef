SELECT id, a, v, s FROM g ORDER BY id;
