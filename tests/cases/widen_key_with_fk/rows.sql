INSERT INTO users (id, name) VALUES (1, 'u1'), (2, 'u2');
INSERT INTO posts (id, user_id) VALUES (1, 1), (2, 2), (3, 1);
