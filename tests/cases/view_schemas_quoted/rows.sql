INSERT INTO "App Data"."Orders" (id, "Total") VALUES (1, 20.50), (2, 5.00);
