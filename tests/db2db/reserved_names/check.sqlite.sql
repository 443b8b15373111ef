SELECT id, "group", "user name" FROM "order" ORDER BY id;
SELECT id, order_id, "desc" FROM "Line Items" ORDER BY id;
