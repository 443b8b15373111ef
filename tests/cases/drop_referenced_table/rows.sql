INSERT INTO users (id, email) VALUES (1, 'a@example.com');
INSERT INTO posts (id, author_id, title) VALUES (10, NULL, 'hello'), (11, NULL, 'anon');
INSERT INTO comments (id, post_id, user_id, body) VALUES (100, 10, 1, 'nice');
