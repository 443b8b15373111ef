INSERT INTO users (email) VALUES ('a@x.org'), ('b@x.org');
INSERT INTO tasks (owner_id, title) VALUES (1, 'one'), (2, 'two'), (NULL, 'three');
