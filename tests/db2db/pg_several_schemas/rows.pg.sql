INSERT INTO public.customers VALUES (1, 'Ada'), (2, 'Grace');
INSERT INTO "Sales"."Orders" VALUES (10, 1, 'store', 12.50), (11, 2, 'web', NULL);
INSERT INTO legacy.tickets (state, customer_id) VALUES ('on', 1);
