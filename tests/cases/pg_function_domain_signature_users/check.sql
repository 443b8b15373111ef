SELECT id, qty, price, first, touched FROM items ORDER BY id;
SELECT id, cents FROM v_items ORDER BY id;
