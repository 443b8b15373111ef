-- table "Orders"
ALTER TABLE "order" RENAME TO "Orders";
ALTER TABLE "Orders" RENAME CONSTRAINT pk_order TO "pk_Orders";
ALTER TABLE "Orders" RENAME COLUMN "from" TO "to";
ALTER TABLE "Orders" ADD COLUMN "user" text DEFAULT 'it''s';
-- HAZARD: "Orders"."Mixed Case" becomes NOT NULL: fails if it holds NULLs
ALTER TABLE "Orders" ALTER COLUMN "Mixed Case" TYPE bigint;
ALTER TABLE "Orders" ALTER COLUMN "Mixed Case" SET NOT NULL;
ALTER TABLE "Orders" ALTER COLUMN "Mixed Case" SET DEFAULT 0;
