-- Quoted names everywhere: a schema, a table, columns and views that need
-- quotes (spaces, capitals, a reserved word).
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order Lines" (
    "Line Id" integer PRIMARY KEY,
    "Qty" integer NOT NULL,
    "Unit Price" numeric(10,2) NOT NULL
);
CREATE VIEW "Sales Data"."Line Totals" AS
    SELECT "Line Id", "Qty" * "Unit Price" AS "Line Total" FROM "Sales Data"."Order Lines";
