SELECT id, name FROM public.customers ORDER BY 1;
SELECT "Id", customer_id, channel, total FROM "Sales"."Orders" ORDER BY 1;
