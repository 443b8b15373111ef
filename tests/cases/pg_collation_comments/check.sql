SELECT id, name, nick FROM app.people ORDER BY id;
