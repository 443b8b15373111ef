SELECT id, price FROM items ORDER BY id;
SELECT count(*) FROM log;
