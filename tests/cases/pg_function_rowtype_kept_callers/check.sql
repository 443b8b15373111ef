SELECT id, qty FROM items ORDER BY id;
SELECT id, total FROM v_tot ORDER BY id;
