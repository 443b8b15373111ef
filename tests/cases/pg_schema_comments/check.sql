SELECT id FROM app.users ORDER BY id;
