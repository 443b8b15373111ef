INSERT INTO members (id, org) VALUES (1, 5), (2, 6);
INSERT INTO docs (id, org) VALUES (1, 5), (2, 6);
