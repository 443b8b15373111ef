SELECT id, note, qty, mood FROM app.orders ORDER BY id;
