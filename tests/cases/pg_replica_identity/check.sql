SELECT id, title FROM docs ORDER BY id;
SELECT id, code FROM events ORDER BY id;
SELECT id, sku, rev FROM items ORDER BY id;
SELECT id, at FROM logs ORDER BY id;
