SELECT * FROM "Sales Data"."Order Lines" ORDER BY 1;
SELECT "Line Id", "Line Total" FROM "Sales Data"."Line Totals" ORDER BY 1;
