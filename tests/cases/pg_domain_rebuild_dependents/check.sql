SELECT id, sc, t, c FROM items ORDER BY id;
