SELECT id, amount FROM orders ORDER BY id;
SELECT id, total FROM app.items;
