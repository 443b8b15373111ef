INSERT INTO users (email, full_name, legacy_flag) VALUES ('a@x.org', 'Ann', true), ('b@x.org', NULL, false);
INSERT INTO posts (author_id, title, body, old_rank) VALUES (1, 'Hello', 'first', 3), (2, 'World', NULL, NULL);
