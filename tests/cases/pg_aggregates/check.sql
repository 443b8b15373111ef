SELECT id, amount FROM sales ORDER BY id;
