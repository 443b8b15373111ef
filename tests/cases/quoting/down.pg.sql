-- table "order"
-- HAZARD: type of "Orders"."Mixed Case" changes from bigint to integer: values may not fit
ALTER TABLE "Orders" ALTER COLUMN "Mixed Case" DROP DEFAULT;
ALTER TABLE "Orders" ALTER COLUMN "Mixed Case" TYPE integer;
ALTER TABLE "Orders" ALTER COLUMN "Mixed Case" DROP NOT NULL;
-- HAZARD: drops column "Orders"."user" and its data
ALTER TABLE "Orders" DROP COLUMN "user";
ALTER TABLE "Orders" RENAME COLUMN "to" TO "from";
ALTER TABLE "Orders" RENAME CONSTRAINT "pk_Orders" TO pk_order;
ALTER TABLE "Orders" RENAME TO "order";
