SELECT id, note, qty FROM orders ORDER BY id;
SELECT id FROM items ORDER BY id;
SELECT id, x, y FROM lefty ORDER BY id;
SELECT id FROM righty ORDER BY id;
