CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order Lines" (
    "Line Id" integer PRIMARY KEY,
    "Qty" integer NOT NULL,
    "Unit Price" numeric(10,2) NOT NULL
);
CREATE VIEW "Sales Data"."Line Totals" AS
    SELECT "Line Id", "Qty" * "Unit Price" AS "Line Total", "Qty" > 10 AS "Big?"
    FROM "Sales Data"."Order Lines";
CREATE VIEW public."select" AS
    SELECT "Line Id" AS "from", "Line Total" FROM "Sales Data"."Line Totals" WHERE "Big?";
