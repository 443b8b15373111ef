INSERT INTO accounts (id, email) VALUES (1, 'a@x'), (2, 'b@x');
INSERT INTO keyed (a, b) VALUES (1, 1), (2, 1);
INSERT INTO tagged (id, tag) VALUES (1, 't1');
