INSERT INTO "Sales Data"."Order Lines" VALUES (1, 2, 3.50), (2, 20, 1.00);
