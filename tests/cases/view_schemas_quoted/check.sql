SELECT id, "Total" FROM "App Data"."Orders" ORDER BY id;
SELECT n FROM summary;
