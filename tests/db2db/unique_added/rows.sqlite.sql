INSERT INTO members (email, org_id, handle, phone) VALUES ('a@x.org', 1, 'ann', '555'), ('b@x.org', 1, 'bob', NULL), ('c@x.org', 2, 'ann', NULL);
