CREATE TABLE "Order Lines" (
    "Line Id" INTEGER PRIMARY KEY,
    "Qty" INTEGER NOT NULL,
    "Unit Price" REAL NOT NULL
);
CREATE VIEW "Line Totals" AS
    SELECT "Line Id", "Qty" * "Unit Price" AS "Line Total", "Qty" > 10 AS "Big?" FROM "Order Lines";
CREATE VIEW "select" AS
    SELECT "Line Id" AS "from", "Line Total" FROM "Line Totals" WHERE "Big?";
