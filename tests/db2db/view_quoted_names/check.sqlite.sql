SELECT * FROM "Order Lines" ORDER BY 1;
SELECT "Line Id", "Line Total" FROM "Line Totals" ORDER BY 1;
