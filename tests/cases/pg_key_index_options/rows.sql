INSERT INTO account (id, email, nick) VALUES (1, 'a@x', 'a'), (2, NULL, NULL), (3, 'c@x', NULL);
INSERT INTO member (id, account_id) VALUES (1, 1), (2, 3);
