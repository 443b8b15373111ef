INSERT INTO docs (id, title) VALUES (1, 'a'), (2, NULL);
INSERT INTO events (id, code) VALUES (1, 'x'), (2, 'y');
INSERT INTO items (id, sku, rev) VALUES (1, 's1', 1), (2, 's2', 1);
INSERT INTO logs (id, at) VALUES (1, 't1');
