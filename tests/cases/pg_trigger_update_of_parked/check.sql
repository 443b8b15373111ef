SELECT id, price, state, fee, level, note, total FROM items ORDER BY id;
