SELECT id, qty, note, max_qty(), peak_twice() FROM items ORDER BY id;
