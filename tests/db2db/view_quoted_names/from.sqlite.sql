-- Quoted names: a table, columns and views that need quotes (spaces,
-- capitals, a reserved word).
CREATE TABLE "Order Lines" (
    "Line Id" INTEGER PRIMARY KEY,
    "Qty" INTEGER NOT NULL,
    "Unit Price" REAL NOT NULL
);
CREATE VIEW "Line Totals" AS
    SELECT "Line Id", "Qty" * "Unit Price" AS "Line Total" FROM "Order Lines";
