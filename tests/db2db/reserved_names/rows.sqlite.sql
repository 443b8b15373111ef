INSERT INTO "order" ("group", "Select", "user name") VALUES ('a', 1, 'ann'), ('b', 2, 'bob');
INSERT INTO "Line Items" (order_id, "desc") VALUES (1, 'x'), (2, NULL);
