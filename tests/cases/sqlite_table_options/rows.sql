INSERT INTO events (id, body, data) VALUES (1, 'one', x'01'), (2, 'two', NULL), (7, 'seven', x'0707');
INSERT INTO kv (k, v) VALUES ('a', 'x'), ('b', NULL);
INSERT INTO counters (n) VALUES (10), (20), (30);
INSERT INTO tickets (title) VALUES ('t1'), ('t2'), ('t3'), ('t4');
-- the top tickets go: AUTOINCREMENT must not hand out 3 or 4 again
DELETE FROM tickets WHERE id >= 3;
