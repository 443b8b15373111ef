CREATE SCHEMA "Sales";
CREATE SCHEMA "Reporting Data";
CREATE SCHEMA empty_one;
CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);
CREATE TYPE "Sales"."Channel" AS ENUM ('web', 'store', 'phone');
CREATE TABLE "Sales"."Orders" (
    "Id" bigint PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    channel "Sales"."Channel" NOT NULL DEFAULT 'web',
    total numeric(12,2),
    "Note" text
);
CREATE INDEX "Orders_customer" ON "Sales"."Orders" (customer_id);
CREATE TYPE "Reporting Data"."Period" AS ENUM ('day', 'month');
CREATE SEQUENCE "Reporting Data"."Run No";
CREATE TABLE "Reporting Data"."Daily Totals" (
    "Run" integer PRIMARY KEY DEFAULT nextval('"Reporting Data"."Run No"'),
    period "Reporting Data"."Period" NOT NULL,
    order_id bigint REFERENCES "Sales"."Orders" ("Id"),
    amount numeric(12,2)
);
COMMENT ON TABLE "Reporting Data"."Daily Totals" IS 'one row per run';
