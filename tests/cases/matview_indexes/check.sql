SELECT id, day, amount FROM sales ORDER BY id;
