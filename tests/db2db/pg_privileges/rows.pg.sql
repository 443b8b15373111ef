INSERT INTO app.orders VALUES (1, 'first', 5, 'ok'), (2, 'second', 7, 'meh');
