INSERT INTO "order" (id, "from", "Mixed Case") VALUES (1, 'a', 1), (2, 'b', 2);
