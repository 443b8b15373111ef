INSERT INTO orders (id, note) VALUES (1, 'first'), (500, 'far');
INSERT INTO orders_4 (id, note) VALUES (350, 'attached');
