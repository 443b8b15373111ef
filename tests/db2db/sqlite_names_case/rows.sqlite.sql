INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
INSERT INTO posts VALUES (10, 1, 'hello'), (11, 2, 'bye');
